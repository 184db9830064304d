using ChildView.Education.Common;

namespace ChildView.Education.Exclusions;

/// <summary>
/// A suspension or permanent exclusion (CBDS exclusion: category, reason, start date, sessions, and an
/// end date for suspensions). Its dates are known when it is recorded, so it has no close action.
/// </summary>
public sealed class Exclusion : PupilRecord
{
    /// <summary>One of <see cref="ExclusionCategories"/>.</summary>
    public required string Category { get; set; }

    /// <summary>One of <see cref="ExclusionReasons.All"/>.</summary>
    public required string Reason { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>Last day of a suspension; none for a permanent exclusion.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Sessions (half days) of a suspension; none for a permanent exclusion.</summary>
    public int? Sessions { get; set; }
}

/// <summary>CBDS exclusion categories.</summary>
public static class ExclusionCategories
{
    /// <summary>Suspension (formerly "fixed-period exclusion").</summary>
    public const string Suspension = "FIXD";

    public const string Permanent = "PERM";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Suspension, Permanent], StringComparer.Ordinal);
}

/// <summary>CBDS reasons for a suspension or permanent exclusion, with the withdrawn codes kept for older records.</summary>
public static class ExclusionReasons
{
    public const string PhysicalAssaultPupil = "PP";
    public const string PhysicalAssaultAdult = "PA";
    public const string VerbalAbusePupil = "VP";
    public const string VerbalAbuseAdult = "VA";
    public const string Bullying = "BU";
    public const string DrugAndAlcohol = "DA";
    public const string PersistentDisruptiveBehaviour = "DB";
    public const string Damage = "DM";
    public const string DisabilityAbuse = "DS";
    public const string SexualOrientationOrGenderIdentityAbuse = "LG";
    public const string SocialMediaOrOnlineTechnology = "MT";
    public const string OffensiveWeapon = "OW";
    public const string ProtectiveMeasuresTransgression = "PH";

    /// <summary>Withdrawn from the current list: racist abuse.</summary>
    public const string RacistAbuse = "RA";

    /// <summary>Withdrawn from the current list: sexual misconduct.</summary>
    public const string SexualMisconduct = "SM";

    /// <summary>Withdrawn from the current list: theft.</summary>
    public const string Theft = "TH";

    public static readonly IReadOnlySet<string> Current = new HashSet<string>(
        [PhysicalAssaultPupil, PhysicalAssaultAdult, VerbalAbusePupil, VerbalAbuseAdult, Bullying, DrugAndAlcohol, PersistentDisruptiveBehaviour,
         Damage, DisabilityAbuse, SexualOrientationOrGenderIdentityAbuse, SocialMediaOrOnlineTechnology, OffensiveWeapon, ProtectiveMeasuresTransgression],
        StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Legacy = new HashSet<string>([RacistAbuse, SexualMisconduct, Theft], StringComparer.Ordinal);

    /// <summary>Accepted on a record: current and legacy codes (older exclusions are still recorded and corrected).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(Current.Concat(Legacy), StringComparer.Ordinal);
}
