using ChildView.ServiceKit.Children;

namespace ChildView.EarlyYears.DevelopmentalChecks;

/// <summary>The outcome of the health visitor's 2-year (2 to 2½) developmental review, area by area.</summary>
public sealed class DevelopmentalCheck : ChildRecord
{
    public DateOnly CheckDate { get; set; }

    /// <summary>Each area is one of <see cref="DevelopmentOutcomes.All"/>.</summary>
    public required string Communication { get; set; }

    public required string GrossMotor { get; set; }

    public required string FineMotor { get; set; }

    public required string ProblemSolving { get; set; }

    public required string PersonalSocial { get; set; }

    public bool AllOnTrack =>
        new[] { Communication, GrossMotor, FineMotor, ProblemSolving, PersonalSocial }.All(area => area == DevelopmentOutcomes.OnTrack);
}
