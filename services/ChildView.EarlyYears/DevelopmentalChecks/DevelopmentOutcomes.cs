namespace ChildView.EarlyYears.DevelopmentalChecks;

/// <summary>The outcome of each area of the 2-year developmental review (ASQ-3 domains).</summary>
public static class DevelopmentOutcomes
{
    public const string OnTrack = "on-track";
    public const string NotOnTrack = "not-on-track";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([OnTrack, NotOnTrack], StringComparer.Ordinal);
}
