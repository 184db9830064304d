using ChildView.ServiceKit.Children;

namespace ChildView.EarlyYears.EarlyHelp;

/// <summary>
/// A voluntary, consent-based early help episode: the family assessment, the Team Around the Family
/// plan and its lead practitioner, and how it ended. It cannot be opened without recorded consent.
/// </summary>
public sealed class EarlyHelpEpisode : ChildRecord
{
    public DateOnly AssessmentDate { get; set; }

    /// <summary>When the family consented to early help; always set (consent is required to open).</summary>
    public DateOnly ConsentDate { get; set; }

    public required string LeadPractitioner { get; set; }

    public string? LeadAgency { get; set; }

    /// <summary>When the Team Around the Family plan was agreed, once it has been.</summary>
    public DateOnly? TafPlanDate { get; set; }

    public DateOnly? ClosureDate { get; set; }

    /// <summary>One of <see cref="EarlyHelpOutcomes.All"/> once closed.</summary>
    public string? ClosureOutcome { get; set; }
}
