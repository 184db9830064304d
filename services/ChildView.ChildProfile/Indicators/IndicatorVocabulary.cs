using ChildView.ChildProfile.Ingestion;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// What a rule may talk about: the profile's record types and, for each, the attributes its fact
/// factory writes. A rule naming anything else is refused when the rule set loads, and a unit test
/// keeps this list equal to what the factories produce.
/// </summary>
public static class IndicatorVocabulary
{
    private static readonly string[] Dates = [RecordAttributes.StartDate, RecordAttributes.EndDate];

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> AttributesByRecordType = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [ProfileRecordTypes.AttendanceSummary] = Set(RecordAttributes.AcademicYear, RecordAttributes.Term, RecordAttributes.StartDate, RecordAttributes.AttendancePercentage, RecordAttributes.PersistentAbsence),
        [ProfileRecordTypes.Exclusion] = Set([RecordAttributes.Category, RecordAttributes.Reason, RecordAttributes.Sessions, .. Dates]),
        [ProfileRecordTypes.SenProvision] = Set([RecordAttributes.Provision, .. Dates]),
        [ProfileRecordTypes.FreeSchoolMeals] = Set(Dates),
        [ProfileRecordTypes.Referral] = Set(RecordAttributes.PrimaryNeed, RecordAttributes.ReferralNfa, RecordAttributes.ClosureDate),
        [ProfileRecordTypes.Assessment] = Set(RecordAttributes.Factors, RecordAttributes.StartDate, RecordAttributes.AuthorisationDate),
        [ProfileRecordTypes.Section47Enquiry] = Set(RecordAttributes.Outcome, RecordAttributes.StartDate),
        [ProfileRecordTypes.ChildProtectionPlan] = Set([RecordAttributes.LatestCategoryOfAbuse, .. Dates]),
        [ProfileRecordTypes.ChildInNeedPlan] = Set(Dates),
        [ProfileRecordTypes.LookedAfterEpisode] = Set([RecordAttributes.LegalStatus, RecordAttributes.ReasonEnded, .. Dates]),
        [ProfileRecordTypes.OffenceOutcome] = Set(RecordAttributes.Outcome, RecordAttributes.OutcomeDate, RecordAttributes.GravityScore),
        [ProfileRecordTypes.YouthIntervention] = Set([RecordAttributes.InterventionType, .. Dates]),
        [ProfileRecordTypes.EarlyHelpEpisode] = Set(RecordAttributes.StartDate, RecordAttributes.ClosureDate, RecordAttributes.ClosureOutcome),
        [ProfileRecordTypes.DevelopmentalCheck] = Set(RecordAttributes.AreasNotOnTrack),
    };

    /// <summary>Every record type the profile keeps; those without attributes can still be counted by date and state.</summary>
    public static readonly IReadOnlySet<string> RecordTypes = typeof(ProfileRecordTypes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> AttributesOf(string recordType) =>
        AttributesByRecordType.TryGetValue(recordType, out var attributes) ? attributes : new HashSet<string>();

    private static HashSet<string> Set(params string[] names) => names.ToHashSet(StringComparer.Ordinal);
}
