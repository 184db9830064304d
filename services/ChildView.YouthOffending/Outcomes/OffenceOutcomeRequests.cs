using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Outcomes;

/// <summary>Records (or, on PUT, replaces) an offence and its outcome.</summary>
/// <param name="LengthMonths">The order's length: required for referral orders, YROs and DTOs, absent for out-of-court outcomes.</param>
public sealed record RecordOffenceOutcomeRequest(
    ChildDetailsRequest? Child, DateOnly? OffenceDate, string? OffenceType, int? GravityScore, string? Outcome, DateOnly? OutcomeDate, int? LengthMonths = null)
{
    /// <summary>The age of criminal responsibility in England and Wales.</summary>
    public const int MinimumAge = 10;

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
        if (Outcome is not null && OutcomeTypes.All.Contains(Outcome) && OutcomeTypes.LengthProblem(Outcome, LengthMonths) is { } lengthProblem)
        {
            errors.Add("lengthMonths", lengthProblem);
        }

        return errors.When(
            Child?.DateOfBirth is { } born && OffenceDate is { } offence && offence < born.AddYears(MinimumAge),
            "offenceDate",
            $"The child was under {MinimumAge} on that date.");
    }

    /// <summary>A correction must not move the outcome after the end already recorded.</summary>
    public ValidationErrors ValidateAgainst(OffenceOutcome current, DateOnly today) =>
        Validate(today).When(current.EndDate is { } end && OutcomeDate > end, "outcomeDate", "Must not be after the recorded end date.");

    public void ApplyTo(OffenceOutcome outcome)
    {
        outcome.OffenceDate = OffenceDate!.Value;
        outcome.OffenceType = OffenceType!.Trim();
        outcome.GravityScore = GravityScore!.Value;
        outcome.Outcome = Outcome!;
        outcome.OutcomeDate = OutcomeDate!.Value;
        outcome.LengthMonths = LengthMonths;
    }
}

public sealed record OffenceOutcomeResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    DateOnly OffenceDate,
    string OffenceType,
    int GravityScore,
    string Outcome,
    DateOnly OutcomeDate,
    int? LengthMonths,
    DateOnly? ScheduledEndDate,
    DateOnly? EndDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OffenceOutcomeResponse From(OffenceOutcome o) => new(
        o.Id, o.Version, o.State, o.Child, o.OffenceDate, o.OffenceType, o.GravityScore, o.Outcome, o.OutcomeDate, o.LengthMonths, o.ScheduledEndDate, o.EndDate, o.CreatedAt, o.UpdatedAt);
}

public sealed class OffenceOutcomeListQuery : RecordListQuery
{
    public string? Outcome { get; set; }

    public DateOnly? OutcomeFrom { get; set; }

    public DateOnly? OutcomeTo { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "outcomeFrom", OutcomeFrom, "outcomeTo", OutcomeTo)
            .OneOf("outcome", Outcome, OutcomeTypes.All, required: false);
}
