using ChildView.Contracts.IntegrationEvents;
using ChildView.Education;
using ChildView.IntegrationTests.Support;
using ChildView.Messaging.Outbox;
using ChildView.Migration.Generation;
using ChildView.Migration.Pipeline;
using ChildView.SocialCare;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Migration;

/// <summary>Loads legacy extracts into the real service databases of the hosted platform.</summary>
[Collection(MigrationCollection.Name)]
public sealed class MigrationLoadTests(PlatformFixture platform) : IDisposable
{
    private readonly MigrationWorkspace _workspace = new();

    private string Education => platform.Infrastructure.Database(EducationApi.DatabaseName.Replace("db", "", StringComparison.Ordinal));

    private string SocialCare => platform.Infrastructure.Database(SocialCareApi.DatabaseName.Replace("db", "", StringComparison.Ordinal));

    [Fact]
    public async Task A_load_reconciles_exactly_records_the_run_and_announces_every_new_pupil_once()
    {
        var source = MigrationWorkspace.UniqueSource("sims");
        var input = Path.Combine(_workspace.Folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 7).Write("pupils", 300, input);

        var result = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source), Education, batchRows: 50)).RunAsync();

        var figures = result.Reconciliation;
        Assert.Equal(300, figures.RowsRead);
        Assert.True(figures.Rejected > 0, "the generated extract is messy");
        Assert.Equal(figures.RowsRead, figures.Loaded + figures.Rejected);
        Assert.Equal(figures.Loaded, figures.Inserted);
        Assert.Equal(figures.Loaded, figures.KeysInTarget);
        Assert.Equal(figures.Loaded, await ServiceDatabase.CountAsync(Education, "SELECT count(*) FROM migration.legacy_keys k JOIN pupils p ON p.id = k.record_id WHERE k.source = @source", ("source", source)));
        Assert.Equal(figures.Loaded, (await OutboxRecordSets.SourceEntriesAsync(Education, source)).Count);
        var rejectedRows = File.ReadLines(result.RejectsPath).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count();
        Assert.Equal(figures.Rejected, rejectedRows);

        var run = await ServiceDatabase.RowsAsync(Education,
            "SELECT outcome, rows_read, loaded, rejected, balanced, file_sha256 = @sha, ended_at IS NOT NULL, run_by <> '' FROM migration.runs WHERE source = @source",
            ("source", source), ("sha", result.Report.FileSha256));
        Assert.Equal([$"completed|300|{figures.Loaded}|{figures.Rejected}|True|True|True|True"], run);
    }

    [Fact]
    public async Task The_outbox_record_set_expands_into_the_event_the_service_would_publish()
    {
        var source = MigrationWorkspace.UniqueSource("sims");
        var input = _workspace.WriteCsv("one.csv",
            "Adno,Forename,Surname,DOB,Gender,UPN,FormerUPN,UPNReason,NHSNo,Addr1,Town,Postcode",
            "A1,Ada,Lovelace,10/12/2014,Female,,,U4,9434765919,1 Mill Lane,Matlock,de4 3ag");

        var result = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source), Education)).RunAsync();

        Assert.Equal(1, result.Reconciliation.Loaded);
        var recordId = Guid.Parse(Assert.Single(await ServiceDatabase.RowsAsync(Education, "SELECT record_id FROM migration.legacy_keys WHERE source = @source", ("source", source))));
        var stored = Assert.Single(await OutboxRecordSets.SourceRecordSetsAsync(Education, source));
        Assert.Equal(OutboxRecordSet.TypeNameFor(typeof(PupilRegistered)), stored.MessageType);
        var registered = Assert.IsType<PupilRegistered>(Assert.Single(await OutboxRecordSets.ExpandEducationAsync(Education, source)));
        Assert.Equal(recordId, registered.PupilId);
        Assert.Equal((SourceSystems.Education, 1L, stored.OccurredAt), (registered.Source, registered.EntityVersion, registered.OccurredAt));
        Assert.Equal(new ChildIdentity(SourceSystems.Education, "A1", "Ada", "Lovelace", new DateOnly(2014, 12, 10), "F", null, "9434765919",
            new PostalAddress("1 Mill Lane", null, "Matlock", "DE4 3AG")), registered.Child);
        Assert.Equal("UN4", registered.UpnUnknownReason);
        var again = Assert.Single(await OutboxRecordSets.ExpandEducationAsync(Education, source));
        Assert.Equal(registered.EventId, again.EventId);
    }

    [Fact]
    public async Task A_rerun_of_the_same_extract_changes_nothing()
    {
        var source = MigrationWorkspace.UniqueSource("sims");
        var input = Path.Combine(_workspace.Folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 11).Write("pupils", 200, input);
        var mapping = MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source);
        var first = await new MigrationRunner(_workspace.Options(input, mapping, Education, batchRows: 70)).RunAsync();
        var before = await ServiceDatabase.RowsAsync(Education, ServiceDatabase.PupilContent, ("source", source));
        var eventsBefore = (await OutboxRecordSets.SourceEntriesAsync(Education, source)).Count;

        var second = await new MigrationRunner(_workspace.Options(input, mapping, Education, batchRows: 70)).RunAsync();

        Assert.True(first.Reconciliation.Inserted > 0);
        Assert.Equal((0L, 0L), (second.Reconciliation.Inserted, second.Reconciliation.Updated));
        Assert.Equal(first.Reconciliation.Loaded, second.Reconciliation.Unchanged);
        Assert.True(second.Reconciliation.Balanced);
        Assert.Equal(before, await ServiceDatabase.RowsAsync(Education, ServiceDatabase.PupilContent, ("source", source)));
        Assert.Equal(eventsBefore, (await OutboxRecordSets.SourceEntriesAsync(Education, source)).Count);
    }

    [Fact]
    public async Task A_changed_legacy_row_updates_its_record_once_with_a_details_changed_event()
    {
        var source = MigrationWorkspace.UniqueSource("sims");
        const string header = "Adno,Forename,Surname,DOB,Gender,UPN,FormerUPN,UPNReason,NHSNo,Addr1,Town,Postcode";
        var mapping = MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source);
        await new MigrationRunner(_workspace.Options(_workspace.WriteCsv("v1.csv", header, "A1,Ada,Lovelace,10/12/2014,F,,,UN2,,,,"), mapping, Education)).RunAsync();

        var second = await new MigrationRunner(_workspace.Options(_workspace.WriteCsv("v2.csv", header, "A1,Ada,King,10/12/2014,F,,,UN2,,,,"), mapping, Education)).RunAsync();

        Assert.Equal((0L, 1L), (second.Reconciliation.Inserted, second.Reconciliation.Updated));
        Assert.Equal(["A1|Ada|King|12/10/2014|F|∅|∅|∅|∅|UN2|2|Open"], (await ServiceDatabase.RowsAsync(Education, ServiceDatabase.PupilContent, ("source", source))).Select(r => r.Replace(" 00:00:00", "", StringComparison.Ordinal)).ToList());
        var types = (await OutboxRecordSets.SourceRecordSetsAsync(Education, source)).Select(m => m.MessageType);
        Assert.Equal([OutboxRecordSet.TypeNameFor(typeof(PupilRegistered)), OutboxRecordSet.TypeNameFor(typeof(PupilDetailsChanged))], types);
        var changed = Assert.IsType<PupilDetailsChanged>((await OutboxRecordSets.ExpandEducationAsync(Education, source))[^1]);
        Assert.Equal((2L, RecordState.Open, "King", "UN2"), (changed.EntityVersion, changed.State, changed.Child.FamilyName, changed.UpnUnknownReason));
    }

    [Fact]
    public async Task A_rerun_does_not_overwrite_a_record_changed_in_ChildView_since_and_lists_it_as_kept()
    {
        var source = MigrationWorkspace.UniqueSource("sims");
        const string header = "Adno,Forename,Surname,DOB,Gender,UPN,FormerUPN,UPNReason,NHSNo,Addr1,Town,Postcode";
        var mapping = MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source);
        await new MigrationRunner(_workspace.Options(_workspace.WriteCsv("v1.csv", header, "A1,Ada,Lovelace,10/12/2014,F,,,UN2,,,,", "A2,Grace,Hopper,09/12/2013,F,,,UN2,,,,"), mapping, Education)).RunAsync();
        // What Education's PUT does to a pupil: new content, the next version, updated now.
        await ServiceDatabase.CountAsync(Education, """
            WITH edited AS (
                UPDATE pupils SET child_family_name = 'Lovelace-King', version = version + 1, updated_at = now()
                WHERE id = (SELECT record_id FROM migration.legacy_keys WHERE source = @source AND source_key = 'A1') RETURNING 1)
            SELECT count(*) FROM edited
            """, ("source", source));

        var second = await new MigrationRunner(_workspace.Options(_workspace.WriteCsv("v2.csv", header, "A1,Ada,Byron,10/12/2014,F,,,UN2,,,,", "A2,Grace,Murray,09/12/2013,F,,,UN2,,,,"), mapping, Education)).RunAsync();

        var figures = second.Reconciliation;
        Assert.Equal((0L, 1L, 1L, 0L), (figures.Inserted, figures.Updated, figures.Kept, figures.Unchanged));
        Assert.True(figures.Balanced);
        Assert.Equal(["A1|Lovelace-King|2", "A2|Murray|2"], await ServiceDatabase.RowsAsync(Education,
            "SELECT k.source_key, p.child_family_name, p.version FROM migration.legacy_keys k JOIN pupils p ON p.id = k.record_id WHERE k.source = @source ORDER BY k.source_key", ("source", source)));
        var kept = File.ReadAllLines(second.KeptPath!);
        Assert.Equal("row,source_key,record_id", kept[0]);
        Assert.StartsWith("2,A1,", Assert.Single(kept.Skip(1)), StringComparison.Ordinal);
        Assert.Equal(["1"], await ServiceDatabase.RowsAsync(Education, "SELECT kept FROM migration.runs WHERE source = @source ORDER BY started_at DESC LIMIT 1", ("source", source)));
        var changed = await OutboxRecordSets.SourceEntriesAsync(Education, source);
        Assert.Single(changed, e => e.MessageType == OutboxRecordSet.TypeNameFor(typeof(PupilDetailsChanged)));
    }

    [Fact]
    public async Task A_killed_run_resumes_from_its_checkpoint_and_ends_as_an_uninterrupted_run_would()
    {
        var input = Path.Combine(_workspace.Folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 23).Write("pupils", 400, input);
        var interrupted = MigrationWorkspace.UniqueSource("killed");
        var reference = MigrationWorkspace.UniqueSource("whole");

        // The same extract loaded whole first, for comparison; its pupils are then deleted so that they give
        // up their UPNs (a UPN names one pupil that is not deleted) to the interrupted run's.
        var whole = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", reference), Education, batchRows: 50)).RunAsync();
        var wholeContent = await ServiceDatabase.RowsAsync(Education, ServiceDatabase.PupilContent, ("source", reference));
        await ServiceDatabase.CountAsync(Education, """
            WITH deleted AS (
                UPDATE pupils SET deleted_at = now() WHERE id IN (SELECT record_id FROM migration.legacy_keys WHERE source = @source) RETURNING 1)
            SELECT count(*) FROM deleted
            """, ("source", reference));

        using (var kill = new CancellationTokenSource())
        {
            var progress = new CallbackProgress(p =>
            {
                if (p.BatchesCommitted >= 2)
                    kill.Cancel();
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", interrupted), Education, batchRows: 50), progress).RunAsync(kill.Token));
        }

        // A command cancelled mid-COPY can leave its pooled connection unusable; a real interrupted run
        // ends its process, so start from fresh connections as the next run would.
        Npgsql.NpgsqlConnection.ClearAllPools();

        var keptAfterKill = await ServiceDatabase.CountAsync(Education, "SELECT count(*) FROM migration.legacy_keys WHERE source = @source", ("source", interrupted));
        Assert.InRange(keptAfterKill, 1, 399);
        Assert.Equal(["cancelled"], await ServiceDatabase.RowsAsync(Education, "SELECT outcome FROM migration.runs WHERE source = @source", ("source", interrupted)));

        var resumed = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", interrupted), Education, batchRows: 50)).RunAsync();

        Assert.Equal(keptAfterKill, resumed.RowsLoadedBefore);
        Assert.True(resumed.Reconciliation.Balanced);
        Assert.Equal(whole.Reconciliation with { KeysInTarget = 0 }, resumed.Reconciliation with { KeysInTarget = 0 });
        Assert.Equal(whole.Reconciliation.Loaded, resumed.Reconciliation.KeysInTarget);
        Assert.Equal(wholeContent, await ServiceDatabase.RowsAsync(Education, ServiceDatabase.PupilContent, ("source", interrupted)));
        Assert.Equal(resumed.Reconciliation.Loaded, (await OutboxRecordSets.SourceEntriesAsync(Education, interrupted)).Count);
    }

    [Fact]
    public async Task Referrals_load_from_a_spreadsheet_and_a_closed_referral_is_recorded_then_closed()
    {
        var source = MigrationWorkspace.UniqueSource("carefirst");
        var input = Path.Combine(_workspace.Folder, "referrals.xlsx");
        new LegacyExtractGenerator(seed: 5).Write("referrals", 150, input);

        var result = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-carefirst-referrals.yaml", source), SocialCare, batchRows: 60)).RunAsync();

        var figures = result.Reconciliation;
        Assert.Equal(150, figures.RowsRead);
        Assert.True(figures.Balanced);
        var closed = await ServiceDatabase.CountAsync(SocialCare,
            "SELECT count(*) FROM referrals r JOIN migration.legacy_keys k ON k.record_id = r.id WHERE k.source = @source AND r.state = 'Closed' AND r.version = 2", ("source", source));
        Assert.True(closed > 0);
        var entries = await OutboxRecordSets.SourceEntriesAsync(SocialCare, source);
        Assert.Equal(figures.Loaded, entries.Count(e => e.MessageType == OutboxRecordSet.TypeNameFor(typeof(ReferralRecorded))));
        Assert.Equal(closed, entries.Count(e => e.MessageType == OutboxRecordSet.TypeNameFor(typeof(ReferralChanged))));
        var events = await OutboxRecordSets.ExpandSocialCareAsync(SocialCare, source);
        var closedOne = events.OfType<ReferralChanged>().First();
        var itsRecording = events.OfType<ReferralRecorded>().Single(e => e.ReferralId == closedOne.ReferralId);
        Assert.Equal((1L, 2L, RecordState.Closed), (itsRecording.EntityVersion, closedOne.EntityVersion, closedOne.State));
        Assert.NotNull(closedOne.ClosureDate);
    }

    [Fact]
    public async Task A_upn_another_row_or_a_pupil_in_the_service_holds_is_a_rejected_row_not_a_failed_load()
    {
        const string header = "Adno,Forename,Surname,DOB,Gender,UPN,FormerUPN,UPNReason,NHSNo,Addr1,Town,Postcode";
        string[] upns = [TestIdentifiers.NewUpn(), TestIdentifiers.NewUpn(), TestIdentifiers.NewUpn()];
        var first = MigrationWorkspace.UniqueSource("sims");
        var firstFile = _workspace.WriteCsv("first.csv", header,
            $"A1,Ada,Lovelace,10/12/2014,F,{upns[0]},,,,,,", $"A2,Ada,Lovelace,10/12/2014,F,{upns[0]},,,,,,", $"A3,Grace,Hopper,09/12/2013,F,{upns[1]},,,,,,");
        var second = MigrationWorkspace.UniqueSource("sims");
        var secondFile = _workspace.WriteCsv("second.csv", header, $"B1,Grace,Hopper,09/12/2013,F,{upns[1]},,,,,,", $"B2,Mary,Somerville,26/12/2012,F,{upns[2]},,,,,,");

        var loaded = await new MigrationRunner(_workspace.Options(firstFile, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", first), Education)).RunAsync();
        var other = await new MigrationRunner(_workspace.Options(secondFile, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", second), Education)).RunAsync();
        var rerun = await new MigrationRunner(_workspace.Options(firstFile, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", first), Education)).RunAsync();

        Assert.Equal((2L, 1L), (loaded.Reconciliation.Loaded, loaded.Reconciliation.Rejected));
        Assert.Equal(["3,A2,upn,given by an earlier row of the source"], Rejections(loaded.RejectsPath));
        Assert.Equal((1L, 1L), (other.Reconciliation.Loaded, other.Reconciliation.Rejected));
        Assert.Equal(["2,B1,upn,held by another record in the service"], Rejections(other.RejectsPath));
        Assert.Equal((2L, 1L, 0L), (rerun.Reconciliation.Loaded, rerun.Reconciliation.Rejected, rerun.Reconciliation.Inserted));
        Assert.All([loaded, other, rerun], result => Assert.True(result.Reconciliation.Balanced, result.Reconciliation.Statement));
        Assert.Equal(1, await ServiceDatabase.CountAsync(Education, "SELECT count(*) FROM pupils WHERE child_upn = @upn AND deleted_at IS NULL", ("upn", upns[0])));

        static List<string> Rejections(string path) =>
            File.ReadLines(path).Skip(1).Select(line => string.Join(',', line.Split(',').Take(4))).ToList();
    }

    [Fact]
    public async Task A_dry_run_validates_and_reports_without_loading()
    {
        var source = MigrationWorkspace.UniqueSource("dry");
        var input = Path.Combine(_workspace.Folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 3).Write("pupils", 300, input);

        var result = await new MigrationRunner(_workspace.Options(input, MigrationWorkspace.Sample("legacy-sims-pupils.yaml", source), Education) with { DryRun = true }).RunAsync();

        Assert.True(result.Reconciliation.Balanced);
        Assert.Equal(0, result.Reconciliation.Loaded);
        Assert.Equal(0, await ServiceDatabase.CountAsync(Education, "SELECT count(*) FROM migration.legacy_keys WHERE source = @source", ("source", source)));
        Assert.Equal(["dry-run|300"], await ServiceDatabase.RowsAsync(Education, "SELECT outcome, rows_read FROM migration.runs WHERE source = @source", ("source", source)));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _workspace.Dispose();
    }

    private sealed class CallbackProgress(Action<MigrationProgress> report) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => report(value);
    }
}
