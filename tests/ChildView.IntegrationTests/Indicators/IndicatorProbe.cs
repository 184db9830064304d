using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Indicators;

/// <summary>One test child whose service records arrive as real events on the bus, and the flags the profile derives for them.</summary>
internal sealed class IndicatorProbe(PlatformFixture platform, string givenName = "Flag")
{
    private readonly BusProbe _bus = new(platform);
    private readonly string _nhs = TestIdentifiers.NewNhsNumber();
    private readonly string _localId = Guid.NewGuid().ToString("N");

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public Guid ChildId { get; private set; }

    public string NhsNumber => _nhs;

    public sealed record Flag(Guid Id, string SubjectKind, string RuleId, DateTimeOffset RaisedAt, DateTimeOffset? ClearedAt, string Evidence, Guid[] FamilyChildren);

    private ChildIdentity Identity(string source) =>
        new(source, _localId, givenName, "Indicator", new DateOnly(2012, 3, 4), "F", null, _nhs, null);

    private static Guid EventId() => Guid.NewGuid();

    /// <summary>Publishes and waits until the profile holds this version of the record.</summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid recordId) where T : class, IIntegrationEvent
    {
        await _bus.PublishAsync(message);
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(recordId) == message.EntityVersion, TimeSpan.FromSeconds(30), $"{typeof(T).Name} {recordId} in the profile");
        if (ChildId == Guid.Empty)
        {
            await using var db = await platform.OpenDatabaseAsync("profile");
            await using var find = new NpgsqlCommand("SELECT child_id FROM service_records WHERE record_id = @id", db);
            find.Parameters.AddWithValue("id", recordId);
            ChildId = (Guid)(await find.ExecuteScalarAsync())!;
        }

        return recordId;
    }

    public Task<Guid> SuspensionAsync(Guid id, DateOnly start, long version = 1, RecordState state = RecordState.Open) => version == 1
        ? PublishAsync(new ExclusionRecorded(EventId(), SourceSystems.Education, 1, DateTimeOffset.UtcNow, Identity(SourceSystems.Education), id, Guid.NewGuid(), "FIXD", "DB", start, start.AddDays(1), 2, state), id)
        : PublishAsync(new ExclusionChanged(EventId(), SourceSystems.Education, version, DateTimeOffset.UtcNow, Identity(SourceSystems.Education), id, Guid.NewGuid(), "FIXD", "DB", start, start.AddDays(1), 2, state), id);

    public Task<Guid> AttendanceAsync(Guid id, DateOnly termStart, decimal percentage) => PublishAsync(
        new AttendanceSummaryRecorded(EventId(), SourceSystems.Education, 1, DateTimeOffset.UtcNow, Identity(SourceSystems.Education), id, Guid.NewGuid(), "2026/27", "autumn",
            termStart, termStart.AddDays(60), 100, (int)percentage, 100 - (int)percentage, 0, 0, percentage, percentage < 90m, RecordState.Open),
        id);

    public Task<Guid> AssessmentAsync(Guid id, DateOnly start, string[] factors, long version = 1) => version == 1
        ? PublishAsync(new AssessmentRecorded(EventId(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, Identity(SourceSystems.SocialCare), id, Guid.NewGuid(), start, factors), id)
        : PublishAsync(new AssessmentChanged(EventId(), SourceSystems.SocialCare, version, DateTimeOffset.UtcNow, Identity(SourceSystems.SocialCare), id, Guid.NewGuid(), start, null, factors, RecordState.Open), id);

    public Task<Guid> OffenceOutcomeAsync(Guid id, DateOnly outcomeDate) => PublishAsync(
        new OffenceOutcomeRecorded(EventId(), SourceSystems.YouthOffending, 1, DateTimeOffset.UtcNow, Identity(SourceSystems.YouthOffending), id, outcomeDate.AddDays(-30), "Criminal damage", 3, "youth-caution", outcomeDate),
        id);

    public Task<Guid> EarlyHelpClosedAsync(Guid id, DateOnly assessed, DateOnly closed, string outcome) => PublishAsync(
        new EarlyHelpEpisodeChanged(EventId(), SourceSystems.EarlyYears, 2, DateTimeOffset.UtcNow, Identity(SourceSystems.EarlyYears), id, RecordState.Closed, assessed, assessed,
            "K. Lead", null, null, closed, outcome),
        id);

    public Task<Guid> ProtectionPlanAsync(Guid id, DateOnly start) => PublishAsync(
        new ChildProtectionPlanRecorded(EventId(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow, Identity(SourceSystems.SocialCare), id, Guid.NewGuid(), start, "NEG", "NEG", 0),
        id);

    public async Task<IReadOnlyList<Flag>> FlagsAsync(string? ruleId = null)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand(
            "SELECT id, subject_kind, rule_id, raised_at, cleared_at, evidence::text, family_children FROM indicator_flags WHERE child_id = @child AND (@rule::text IS NULL OR rule_id = @rule) ORDER BY raised_at, id",
            db);
        query.Parameters.AddWithValue("child", ChildId);
        query.Parameters.AddWithValue("rule", (object?)ruleId ?? DBNull.Value);
        var flags = new List<Flag>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            flags.Add(new Flag(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5), reader.GetFieldValue<Guid[]>(6)));
        }

        return flags;
    }

    public async Task<Flag> OpenFlagAsync(string ruleId) => (await FlagsAsync(ruleId)).Single(f => f.ClearedAt is null);
}
