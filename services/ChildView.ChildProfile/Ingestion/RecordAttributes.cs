using System.Globalization;

namespace ChildView.ChildProfile.Ingestion;

/// <summary>
/// The names of the structured attributes the fact factories put on records, and the one way they
/// are written (ISO dates, invariant numbers, lower-case booleans) so rules can compare them.
/// </summary>
public static class RecordAttributes
{
    public const string PersistentAbsence = "persistentAbsence";
    public const string AttendancePercentage = "attendancePercentage";
    public const string AcademicYear = "academicYear";
    public const string Term = "term";
    public const string Category = "category";
    public const string Reason = "reason";
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";
    public const string Sessions = "sessions";
    public const string Factors = "factors";
    public const string AuthorisationDate = "authorisationDate";
    public const string LatestCategoryOfAbuse = "latestCategoryOfAbuse";
    public const string LegalStatus = "legalStatus";
    public const string ReasonEnded = "reasonEnded";
    public const string Outcome = "outcome";
    public const string OutcomeDate = "outcomeDate";
    public const string GravityScore = "gravityScore";
    public const string ClosureDate = "closureDate";
    public const string ClosureOutcome = "closureOutcome";
    public const string AreasNotOnTrack = "areasNotOnTrack";
    public const string PrimaryNeed = "primaryNeed";
    public const string ReferralNfa = "referralNfa";
    public const string Provision = "provision";
    public const string InterventionType = "interventionType";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps only the values that are known: an absent attribute means "not recorded".</summary>
    public static IReadOnlyDictionary<string, string> Of(params (string Name, string? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value!, StringComparer.Ordinal);
}
