using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Ingestion;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.UnitTests.Indicators;

/// <summary>Profile records built by the profile's own fact factories, so the tests exercise the attributes real events produce.</summary>
internal static class IndicatorTestRecords
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static IndicatorRecord From(Guid childId, string source, RecordFacts facts) =>
        new(childId, source, facts.RecordType, facts.RecordId, facts.OccurredOn, facts.State, facts.Attributes ?? new Dictionary<string, string>());

    public static IndicatorRecord Attendance(Guid child, DateOnly termStart, decimal percentage, RecordState state = RecordState.Open) =>
        From(child, SourceSystems.Education, EducationRecords.AttendanceSummary(Guid.NewGuid(), "2026/27", "autumn", termStart, 100, percentage, percentage < 90m, state));

    public static IndicatorRecord Suspension(Guid child, DateOnly start, RecordState state = RecordState.Open) =>
        From(child, SourceSystems.Education, EducationRecords.Exclusion(Guid.NewGuid(), "FIXD", "DB", start, start.AddDays(2), 4, state));

    public static IndicatorRecord PermanentExclusion(Guid child, DateOnly start) =>
        From(child, SourceSystems.Education, EducationRecords.Exclusion(Guid.NewGuid(), "PERM", "PA", start, null, null, RecordState.Open));

    public static IndicatorRecord Assessment(Guid child, DateOnly start, params string[] factors) =>
        From(child, SourceSystems.SocialCare, SocialCareRecords.Assessment(Guid.NewGuid(), start, null, factors));

    public static IndicatorRecord ProtectionPlan(Guid child, DateOnly start, DateOnly? end = null) =>
        From(child, SourceSystems.SocialCare, SocialCareRecords.ChildProtectionPlan(Guid.NewGuid(), start, end, "NEG") with
        {
            State = end is null ? RecordState.Open : RecordState.Closed,
        });

    public static IndicatorRecord OffenceOutcome(Guid child, DateOnly outcomeDate, RecordState state = RecordState.Open) =>
        From(child, SourceSystems.YouthOffending, YouthOffendingRecords.OffenceOutcome(Guid.NewGuid(), "Criminal damage", 3, "youth-caution", null, outcomeDate, state));

    public static IndicatorRecord EarlyHelp(Guid child, DateOnly assessed, DateOnly? closed = null, string? outcome = null) =>
        From(child, SourceSystems.EarlyYears, EarlyYearsRecords.EarlyHelp(Guid.NewGuid(), "K. Lead", assessed, closed, outcome, closed is null ? RecordState.Open : RecordState.Closed));

    public static IndicatorRecord DevelopmentalCheck(Guid child, DateOnly checkedOn, int notOnTrack) =>
        From(child, SourceSystems.EarlyYears, EarlyYearsRecords.DevelopmentalCheck(
            Guid.NewGuid(), checkedOn, [.. Enumerable.Range(0, 5).Select(i => i < notOnTrack ? "not-on-track" : "on-track")], RecordState.Open));

    public static IndicatorRecord Deleted(IndicatorRecord record) => record with { State = RecordState.Deleted };
}
