namespace ChildView.Contracts.CodeSets;

/// <summary>Children in Need census code sets used on referrals.</summary>
public static class CinCodes
{
    public static readonly IReadOnlySet<string> ReferralSources = new HashSet<string>(
        ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"],
        StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> PrimaryNeeds = new HashSet<string>(
        ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"],
        StringComparer.Ordinal);

    /// <summary>CIN census ReasonForClosure (RC1 adopted … RC9 case closed after assessment, no further action).</summary>
    public static readonly IReadOnlySet<string> ClosureReasons = new HashSet<string>(
        ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"],
        StringComparer.Ordinal);
}
