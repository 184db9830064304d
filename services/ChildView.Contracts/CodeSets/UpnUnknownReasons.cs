namespace ChildView.Contracts.CodeSets;

/// <summary>Census reasons a pupil has no UPN (CBDS / CIN census UPNunknown).</summary>
public static class UpnUnknownReasons
{
    /// <summary>Child is aged under 6 and has not been assigned a UPN.</summary>
    public const string UnderSix = "UN1";

    /// <summary>Child has never attended a state-funded school in England.</summary>
    public const string NeverAttendedStateSchool = "UN2";

    /// <summary>Child is educated outside England.</summary>
    public const string EducatedOutsideEngland = "UN3";

    /// <summary>UPN and former UPN unknown.</summary>
    public const string Unknown = "UN4";

    /// <summary>Sources collating UPNs reflect a discrepancy.</summary>
    public const string Discrepancy = "UN5";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [UnderSix, NeverAttendedStateSchool, EducatedOutsideEngland, Unknown, Discrepancy],
        StringComparer.Ordinal);
}
