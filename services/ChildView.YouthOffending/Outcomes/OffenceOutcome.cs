using ChildView.ServiceKit.Children;

namespace ChildView.YouthOffending.Outcomes;

/// <summary>An offence and how it was disposed of, as the youth offending team records it.</summary>
public sealed class OffenceOutcome : ChildRecord
{
    public DateOnly OffenceDate { get; set; }

    public required string OffenceType { get; set; }

    /// <summary>YJB gravity score, 1 (least serious) to 8.</summary>
    public int GravityScore { get; set; }

    /// <summary>One of <see cref="OutcomeTypes.All"/>.</summary>
    public required string Outcome { get; set; }

    public DateOnly OutcomeDate { get; set; }
}
