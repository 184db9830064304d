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

    /// <summary>The order's length where it has one (see <see cref="OutcomeTypes.LengthProblem"/>).</summary>
    public int? LengthMonths { get; set; }

    /// <summary>When the outcome ended (order completed, revoked …); set when it is closed.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>When an order of this length made on the outcome date runs out.</summary>
    public DateOnly? ScheduledEndDate => LengthMonths is { } months ? OutcomeDate.AddMonths(months) : null;
}
