using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.YouthOffending.Outcomes;

public sealed record RecordOffenceOutcomeRequest(
    ChildDetailsRequest? Child, DateOnly? OffenceDate, string? OffenceType, int? GravityScore, string? Outcome, DateOnly? OutcomeDate)
{
    /// <summary>The age of criminal responsibility in England and Wales.</summary>
    private const int MinimumAge = 10;

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .Required("offenceType", OffenceType)
            .OneOf("outcome", Outcome, OutcomeTypes.All)
            .When(GravityScore is null, "gravityScore", "Required.")
            .When(GravityScore is < 1 or > 8, "gravityScore", "Must be between 1 and 8.")
            .When(OffenceDate is null, "offenceDate", "Required.")
            .When(OutcomeDate is null, "outcomeDate", "Required.")
            .When(OffenceDate > today, "offenceDate", "Must not be in the future.")
            .When(OutcomeDate > today, "outcomeDate", "Must not be in the future.")
            .When(OutcomeDate < OffenceDate, "outcomeDate", "Must not be before the offence date.");
        return errors.When(
            Child?.DateOfBirth is { } born && OffenceDate is { } offence && offence < born.AddYears(MinimumAge),
            "offenceDate",
            $"The child was under {MinimumAge} on that date.");
    }
}

public sealed record OffenceOutcomeResponse(
    Guid Id, long Version, ChildDetails Child, DateOnly OffenceDate, string OffenceType, int GravityScore, string Outcome, DateOnly OutcomeDate)
{
    public static OffenceOutcomeResponse From(OffenceOutcome o) =>
        new(o.Id, o.Version, o.Child, o.OffenceDate, o.OffenceType, o.GravityScore, o.Outcome, o.OutcomeDate);
}
