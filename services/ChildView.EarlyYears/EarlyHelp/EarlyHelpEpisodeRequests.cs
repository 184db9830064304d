using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.EarlyHelp;

/// <summary>Opens (or, on PUT, corrects) an early help episode. Consent must be recorded, on or before the assessment.</summary>
public sealed record OpenEarlyHelpEpisodeRequest(
    ChildDetailsRequest? Child, DateOnly? AssessmentDate, bool? ConsentRecorded, DateOnly? ConsentDate, string? LeadPractitioner, string? LeadAgency, DateOnly? TafPlanDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .When(ConsentRecorded is not true, "consentRecorded", "Early help is voluntary: the family's consent must be recorded to open an episode.")
        .When(ConsentDate is null, "consentDate", "Required.")
        .When(ConsentDate > today, "consentDate", "Must not be in the future.")
        .When(ConsentDate > AssessmentDate, "consentDate", "Consent is sought before the assessment: must not be after the assessment date.")
        .When(AssessmentDate is null, "assessmentDate", "Required.")
        .When(AssessmentDate > today, "assessmentDate", "Must not be in the future.")
        .When(Child?.DateOfBirth is { } born && AssessmentDate < born, "assessmentDate", "Must not be before the child's date of birth.")
        .Required("leadPractitioner", LeadPractitioner, 200)
        .Optional("leadAgency", LeadAgency, 200)
        .When(TafPlanDate > today, "tafPlanDate", "Must not be in the future.")
        .When(TafPlanDate < AssessmentDate, "tafPlanDate", "Must not be before the assessment date.");

    /// <summary>A correction of a closed episode must keep its dates before the closure.</summary>
    public ValidationErrors ValidateAgainst(EarlyHelpEpisode current, DateOnly today) => Validate(today)
        .When(current.ClosureDate is { } closed && AssessmentDate > closed, "assessmentDate", "Must not be after the episode's closure date.")
        .When(current.ClosureDate is { } end && TafPlanDate > end, "tafPlanDate", "Must not be after the episode's closure date.");

    public void ApplyTo(EarlyHelpEpisode episode)
    {
        episode.AssessmentDate = AssessmentDate!.Value;
        episode.ConsentDate = ConsentDate!.Value;
        episode.LeadPractitioner = LeadPractitioner!.Trim();
        episode.LeadAgency = string.IsNullOrWhiteSpace(LeadAgency) ? null : LeadAgency.Trim();
        episode.TafPlanDate = TafPlanDate;
    }
}

/// <summary>Closes an episode with its outcome.</summary>
public sealed record CloseEarlyHelpEpisodeRequest(DateOnly? ClosureDate, string? Outcome)
{
    public ValidationErrors Validate(DateOnly today, EarlyHelpEpisode episode) => new ValidationErrors()
        .OneOf("outcome", Outcome, EarlyHelpOutcomes.All)
        .When(ClosureDate is null, "closureDate", "Required.")
        .When(ClosureDate > today, "closureDate", "Must not be in the future.")
        .When(ClosureDate < episode.AssessmentDate, "closureDate", "Must not be before the assessment date.")
        .When(ClosureDate < episode.TafPlanDate, "closureDate", "Must not be before the Team Around the Family plan date.");
}

public sealed record EarlyHelpEpisodeResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, DateOnly AssessmentDate, DateOnly ConsentDate, string LeadPractitioner, string? LeadAgency,
    DateOnly? TafPlanDate, DateOnly? ClosureDate, string? ClosureOutcome, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static EarlyHelpEpisodeResponse From(EarlyHelpEpisode e) => new(
        e.Id, e.Version, e.State, e.Child, e.AssessmentDate, e.ConsentDate, e.LeadPractitioner, e.LeadAgency, e.TafPlanDate, e.ClosureDate, e.ClosureOutcome, e.CreatedAt, e.UpdatedAt);
}

public sealed class EarlyHelpEpisodeListQuery : RecordListQuery
{
    public string? LeadPractitioner { get; set; }

    public string? ClosureOutcome { get; set; }

    public override ValidationErrors Validate() =>
        base.Validate().OneOf("closureOutcome", ClosureOutcome, EarlyHelpOutcomes.All, required: false);
}
