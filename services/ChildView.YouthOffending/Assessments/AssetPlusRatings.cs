namespace ChildView.YouthOffending.Assessments;

/// <summary>The ratings an AssetPlus assessment concludes with, as stable codes.</summary>
public static class AssetPlusRatings
{
    public const string Low = "low";
    public const string Medium = "medium";
    public const string High = "high";
    public const string VeryHigh = "very-high";

    /// <summary>Risk of serious harm to others, and safety and wellbeing: low, medium, high, very high.</summary>
    public static readonly IReadOnlySet<string> FourLevel = new HashSet<string>([Low, Medium, High, VeryHigh], StringComparer.Ordinal);

    /// <summary>Likelihood of reoffending: low, medium, high (there is no "very high").</summary>
    public static readonly IReadOnlySet<string> Reoffending = new HashSet<string>([Low, Medium, High], StringComparer.Ordinal);
}
