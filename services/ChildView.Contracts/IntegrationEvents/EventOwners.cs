namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// Which service publishes each event type: exactly one owner per type. The profile trusts an event
/// only from its owner's broker user, and each service's broker user may write only to its own
/// types' exchanges, so a service (or anyone holding its broker credentials) cannot speak for another —
/// above all, cannot allocate a child's case to itself. A new event type must be added here.
/// </summary>
public static class EventOwners
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Type>> TypesBySource = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal)
    {
        [SourceSystems.Education] =
        [
            typeof(PupilRegistered), typeof(PupilDetailsChanged), typeof(EnrolmentRecorded), typeof(EnrolmentChanged),
            typeof(AttendanceSummaryRecorded), typeof(AttendanceSummaryChanged), typeof(ExclusionRecorded), typeof(ExclusionChanged),
            typeof(SenProvisionRecorded), typeof(SenProvisionChanged), typeof(FreeSchoolMealsEligibilityRecorded), typeof(FreeSchoolMealsEligibilityChanged),
            typeof(PupilFamilyMemberRecorded), typeof(PupilFamilyMemberChanged),
        ],
        [SourceSystems.SocialCare] =
        [
            typeof(ReferralRecorded), typeof(ReferralChanged), typeof(AssessmentRecorded), typeof(AssessmentChanged),
            typeof(Section47EnquiryRecorded), typeof(Section47EnquiryChanged), typeof(ChildProtectionPlanRecorded), typeof(ChildProtectionPlanChanged),
            typeof(ChildInNeedPlanRecorded), typeof(ChildInNeedPlanChanged), typeof(LookedAfterEpisodeRecorded), typeof(LookedAfterEpisodeChanged),
            typeof(CaseAllocationRecorded), typeof(CaseAllocationChanged), typeof(CaseNoteRecorded), typeof(CaseNoteChanged),
            typeof(CareFamilyMemberRecorded), typeof(CareFamilyMemberChanged),
        ],
        [SourceSystems.YouthOffending] =
        [
            typeof(OffenceOutcomeRecorded), typeof(OffenceOutcomeChanged), typeof(AssetPlusAssessmentRecorded), typeof(AssetPlusAssessmentChanged),
            typeof(YouthInterventionRecorded), typeof(YouthInterventionChanged), typeof(YotAllocationRecorded), typeof(YotAllocationChanged),
            typeof(YouthFamilyMemberRecorded), typeof(YouthFamilyMemberChanged),
        ],
        [SourceSystems.EarlyYears] =
        [
            typeof(SettingRegistrationRecorded), typeof(SettingRegistrationChanged), typeof(FundedEntitlementRecorded), typeof(FundedEntitlementChanged),
            typeof(EarlyHelpEpisodeRecorded), typeof(EarlyHelpEpisodeChanged), typeof(DevelopmentalCheckRecorded), typeof(DevelopmentalCheckChanged),
            typeof(EarlyYearsFamilyMemberRecorded), typeof(EarlyYearsFamilyMemberChanged), typeof(EarlyYearsAllocationRecorded), typeof(EarlyYearsAllocationChanged),
        ],
    };

    private static readonly IReadOnlyDictionary<Type, string> SourceByType = TypesBySource
        .SelectMany(entry => entry.Value.Select(type => (type, source: entry.Key)))
        .ToDictionary(pair => pair.type, pair => pair.source);

    /// <summary>The event types <paramref name="source"/> publishes; none for a system that publishes nothing.</summary>
    public static IReadOnlyList<Type> PublishedBy(string source) => TypesBySource.GetValueOrDefault(source) ?? [];

    /// <summary>The one source that may publish <paramref name="eventType"/>, or null for a type nobody owns.</summary>
    public static string? OwnerOf(Type eventType) => SourceByType.GetValueOrDefault(eventType);
}
