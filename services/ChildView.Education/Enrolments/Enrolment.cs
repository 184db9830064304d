using ChildView.Education.Common;

namespace ChildView.Education.Enrolments;

/// <summary>A pupil's registration at one establishment (CBDS enrolment): entry date = start, leaving date = end.</summary>
public sealed class Enrolment : PeriodRecord
{
    /// <summary>Unique reference number of the establishment, 6 digits.</summary>
    public required string Urn { get; set; }

    /// <summary>DfE number: 3-digit LA number + 4-digit establishment number.</summary>
    public required string Laestab { get; set; }

    /// <summary>One of <see cref="EnrolmentStatuses"/>.</summary>
    public required string EnrolmentStatus { get; set; }
}

/// <summary>CBDS enrolment status codes.</summary>
public static class EnrolmentStatuses
{
    /// <summary>Current, single registration at this school.</summary>
    public const string Single = "C";

    /// <summary>Current main registration of a dual-registered pupil.</summary>
    public const string DualMain = "M";

    /// <summary>Current subsidiary registration of a dual-registered pupil.</summary>
    public const string DualSubsidiary = "S";

    /// <summary>Guest pupil: attends some sessions but is registered elsewhere.</summary>
    public const string Guest = "G";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Single, DualMain, DualSubsidiary, Guest], StringComparer.Ordinal);
}
