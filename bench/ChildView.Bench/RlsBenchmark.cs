using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Profiles;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ChildView.Bench;

/// <summary>
/// What the profile database's row-level security costs a read. In a throwaway database with the
/// real schema (EF migrations) and the real roles, grants and row policies (ProfileAccessSql), loads
/// 1,000,000 children, ~1.6 records each, allocations for 5 % of them to 300 workers in 20 teams and a
/// few break-glass grants (binary COPY), then times the real point read (child row + records) as a
/// social worker with a team relationship, through ProfileReadSession, against the same queries as
/// the table owner (RLS bypassed) in the same transaction shape; and two list queries for a page of 200
/// children both ways: services involved (which follow their own rule, so no row policy is on the path)
/// and the page's records (the row policies' set-based cost). The database is dropped at the end.
/// </summary>
public sealed class RlsBenchmark(int children) : IBenchmark
{
    private const int Teams = 20;
    private const int WorkersPerTeam = 15;
    private const int WarmUp = 300;
    private const int PointReads = 2000;
    private const int ListPage = 200;
    private const int ListWarmUp = 30;
    private const int ListReads = 200;
    private const string Role = "social-worker";
    private const string DefaultConnection = "Host=127.0.0.1;Port=54329;Username=childview;Password=childview-dev";

    private static readonly string[] GivenNames = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Noah", "Oliver", "George", "Arthur", "Leo", "Muhammad", "Harry", "Oscar", "Archie", "Henry", "Theo", "Jack"];
    private static readonly string[] FamilyNames = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson"];
    private static readonly int[] RecordsPerChild = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3]; // mean 1.5

    public async Task<string> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var baseConnection = Environment.GetEnvironmentVariable("ConnectionStrings__postgres") is { Length: > 0 } configured ? configured : DefaultConnection;
        var readerPassword = Environment.GetEnvironmentVariable("Profile__ReaderPassword") is { Length: >= 12 } password ? password : "dev-profile-reader-password";
        var database = "cv_bench_rls_" + Guid.NewGuid().ToString("N")[..10];
        // The owner baseline is prepared like the read login, so the ratio is the row policies' cost alone.
        var ownerConnection = RowPolicyConnection.Prepared(new NpgsqlConnectionStringBuilder(baseConnection) { Database = database, MaxPoolSize = 10 });
        var adminConnection = new NpgsqlConnectionStringBuilder(baseConnection) { Database = "postgres", Pooling = false }.ConnectionString;

        await ExecuteAsync(adminConnection, $"CREATE DATABASE {database}");
        Log($"created database {database}");
        try
        {
            return await RunInAsync(ownerConnection, readerPassword, total);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Log($"dropped database {database} (total {total.Elapsed.TotalSeconds:0.0} s)");
        }
    }

    private async Task<string> RunInAsync(string ownerConnection, string readerPassword, Stopwatch total)
    {
        // The row policies believe only a signed caller: the benchmark signs like the profile does.
        var proof = new CallerProof(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var dbOptions = new DbContextOptionsBuilder<ProfileDbContext>()
            .UseNpgsql(ownerConnection, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new ProfileDbContext(dbOptions))
        {
            await db.Database.MigrateAsync();
        }

        await using (var owner = new NpgsqlConnection(ownerConnection))
        {
            await owner.OpenAsync();
            await using var transaction = await owner.BeginTransactionAsync();
            foreach (var statement in ProfileAccessSql.Statements(AccessPolicy.Current, readerPassword))
            {
                await using var command = new NpgsqlCommand(statement, owner, transaction);
                if (statement.Contains("@key", StringComparison.Ordinal))
                {
                    command.Parameters.AddWithValue("key", proof.Key);
                }

                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var schemaSeconds = clock.Elapsed.TotalSeconds;
        Log($"schema (migrations + access policy) in {schemaSeconds:0.0} s");

        // ---- data ----
        clock.Restart();
        var data = Generate(children);
        var generateSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var childrenTask = Task.Run(() => CopyChildrenAsync(ownerConnection, data));
        var recordsTask = Task.Run(() => CopyRecordsAsync(ownerConnection, data));
        await Task.WhenAll(childrenTask, recordsTask);
        await CopyAllocationsAsync(ownerConnection, data);
        await CopyGrantsAsync(ownerConnection, data);
        var records = await recordsTask;
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Log($"generated in {generateSeconds:0.0} s; COPY {children} children + {records} records + {data.Allocations.Count} allocations + {data.Grants} grants in {loadSeconds:0.0} s ({(children + records) / loadSeconds:0} rows/s)");
        clock.Restart();
        await ExecuteAsync(ownerConnection, "VACUUM (ANALYZE)");
        var analyzeSeconds = clock.Elapsed.TotalSeconds;
        Log($"VACUUM (ANALYZE) in {analyzeSeconds:0.0} s");

        // ---- reads ----
        await using var ownerSource = NpgsqlDataSource.Create(ownerConnection);
        await using var readerSource = ProfileReadSession.CreateDataSource(ownerConnection, new ProfileReaderOptions(readerPassword));
        var session = new ProfileReadSession(readerSource, proof);
        var random = new Random(7);
        var active = data.Allocations.Where(a => a.Active).ToArray();
        var activeByTeam = active.GroupBy(a => TeamName(a.Team)).ToDictionary(g => g.Key, g => g.Select(a => a.Child).ToArray());
        (ProfileCaller Caller, Guid Child) Pick()
        {
            var allocation = active[random.Next(active.Length)];
            var worker = Worker(allocation.Team, random.Next(WorkersPerTeam));
            return (new ProfileCaller(worker, Role, [TeamName(allocation.Team)]), data.ChildIds[allocation.Child]);
        }

        var caller0 = Pick();
        await EnsureBelievedAsync(session, caller0.Caller);
        var columns = new ProfileView(AccessPolicy.Current, caller0.Caller).Columns;
        var rlsRows = 0L;
        var ownerRows = 0L;

        async Task<double> PointRls((ProfileCaller Caller, Guid Child) p)
        {
            var started = Stopwatch.GetTimestamp();
            var rows = await session.RunAsync(p.Caller, async connection =>
            {
                var child = await ProfileQueries.ChildAsync(connection, p.Child, columns, CancellationToken.None);
                var recordRows = await ProfileQueries.RecordsAsync(connection, p.Child, CancellationToken.None);
                return (child is null ? 0 : 1) + recordRows.Count;
            }, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            rlsRows += rows;
            return elapsed;
        }

        async Task<double> PointOwner((ProfileCaller Caller, Guid Child) p)
        {
            var started = Stopwatch.GetTimestamp();
            var rows = await AsOwnerAsync(ownerSource, p.Caller, async connection =>
            {
                var child = await ProfileQueries.ChildAsync(connection, p.Child, columns, CancellationToken.None);
                var recordRows = await ProfileQueries.RecordsAsync(connection, p.Child, CancellationToken.None);
                return (child is null ? 0 : 1) + recordRows.Count;
            });
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            ownerRows += rows;
            return elapsed;
        }

        clock.Restart();
        for (var i = 0; i < WarmUp; i++)
        {
            var p = Pick();
            await PointRls(p);
            await PointOwner(p);
        }

        rlsRows = ownerRows = 0;
        var rlsTimes = new List<double>(PointReads);
        var ownerTimes = new List<double>(PointReads);
        for (var i = 0; i < PointReads; i++)
        {
            var p = Pick();
            if (i % 2 == 0)
            {
                rlsTimes.Add(await PointRls(p));
                ownerTimes.Add(await PointOwner(p));
            }
            else
            {
                ownerTimes.Add(await PointOwner(p));
                rlsTimes.Add(await PointRls(p));
            }
        }

        Log($"point reads: {PointReads} x 2 in {clock.Elapsed.TotalSeconds:0.0} s; rows seen with RLS {rlsRows}, as owner {ownerRows} (child rows + records)");


        // ---- lists for a page of 200 children (a search page) ----
        clock.Restart();
        Guid[] Page(ProfileCaller caller)
        {
            // half the page from the caller's team (records visible), half from anywhere in the county
            var team = activeByTeam[caller.Teams[0]];
            var ids = new HashSet<Guid>();
            while (ids.Count < ListPage)
            {
                ids.Add(ids.Count % 2 == 0 ? data.ChildIds[team[random.Next(team.Length)]] : data.ChildIds[random.Next(data.ChildIds.Length)]);
            }

            return [.. ids];
        }

        async Task<double> Timed(Func<Task> read)
        {
            var started = Stopwatch.GetTimestamp();
            await read();
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // One list query for a page, with row policies and as the owner, interleaved.
        async Task<(List<double> Rls, List<double> Owner)> CompareLists(Func<NpgsqlConnection, Guid[], Task<int>> query)
        {
            Task<double> Rls(ProfileCaller caller, Guid[] ids) => Timed(() => session.RunAsync(caller, connection => query(connection, ids), CancellationToken.None));
            Task<double> Owner(ProfileCaller caller, Guid[] ids) => Timed(() => AsOwnerAsync(ownerSource, caller, connection => query(connection, ids)));
            for (var i = 0; i < ListWarmUp; i++)
            {
                var (caller, _) = Pick();
                var ids = Page(caller);
                await Rls(caller, ids);
                await Owner(caller, ids);
            }

            var withRls = new List<double>(ListReads);
            var asOwner = new List<double>(ListReads);
            for (var i = 0; i < ListReads; i++)
            {
                var (caller, _) = Pick();
                var ids = Page(caller);
                if (i % 2 == 0)
                {
                    withRls.Add(await Rls(caller, ids));
                    asOwner.Add(await Owner(caller, ids));
                }
                else
                {
                    asOwner.Add(await Owner(caller, ids));
                    withRls.Add(await Rls(caller, ids));
                }
            }

            return (withRls, asOwner);
        }

        // Services involved follow their own rule (a view on the owner's rights), so the row policies are not on this path.
        var (listRls, listOwner) = await CompareLists(async (connection, ids) => (await ProfileQueries.ServicesInvolvedAsync(connection, ids, CancellationToken.None)).Count);
        // The records of a page of children: the row policies' list cost (family chronology, worklist evidence).
        var (pageRls, pageOwner) = await CompareLists(RecordsPageAsync);

        Log($"list reads: {ListReads} x 2 x 2 queries in {clock.Elapsed.TotalSeconds:0.0} s");

        var sample = Pick();
        await ExplainAsync(session, ownerSource, sample, Page(sample.Caller));

        var point = Percentiles.Of(rlsTimes, 50);
        var pointOwner = Percentiles.Of(ownerTimes, 50);
        var list = Percentiles.Of(listRls, 50);
        var listNoRls = Percentiles.Of(listOwner, 50);
        var recordsPage = Percentiles.Of(pageRls, 50);
        var recordsPageNoRls = Percentiles.Of(pageOwner, 50);
        Log($"point p95: rls {Ms(Percentiles.Of(rlsTimes, 95))} ms, owner {Ms(Percentiles.Of(ownerTimes, 95))} ms; list p95: rls {Ms(Percentiles.Of(listRls, 95))} ms, owner {Ms(Percentiles.Of(listOwner, 95))} ms");
        Log($"total (until the drop) {total.Elapsed.TotalSeconds:0.0} s");
        return string.Create(CultureInfo.InvariantCulture,
            $"rls children={children} records={records} allocations={data.Allocations.Count} load_s={loadSeconds:0.0} analyze_s={analyzeSeconds:0.0} " +
            $"point_ms={Ms(point)} point_p95_ms={Ms(Percentiles.Of(rlsTimes, 95))} point_no_rls_ms={Ms(pointOwner)} point_no_rls_p95_ms={Ms(Percentiles.Of(ownerTimes, 95))} " +
            $"point_overhead_ms={Ms(point - pointOwner)} list_ms={Ms(list)} list_no_rls_ms={Ms(listNoRls)} list_ratio={list / listNoRls:0.00} " +
            $"records_page_ms={Ms(recordsPage)} records_page_no_rls_ms={Ms(recordsPageNoRls)} records_page_ratio={recordsPage / recordsPageNoRls:0.00}");
    }

    private static async Task<int> RecordsPageAsync(NpgsqlConnection connection, Guid[] ids)
    {
        await using var query = new NpgsqlCommand(
            "SELECT child_id, record_type, record_id, summary FROM service_records WHERE child_id = ANY(@ids) AND state <> 'Deleted'", connection);
        query.Parameters.AddWithValue("ids", ids);
        var rows = 0;
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows++;
        }

        return rows;
    }

    /// <summary>An unbelieved caller sees no related records, so the benchmark would time nothing: refuse to run.</summary>
    private static async Task EnsureBelievedAsync(ProfileReadSession session, ProfileCaller caller)
    {
        var believed = await session.RunAsync(caller, async connection =>
        {
            await using var who = new NpgsqlCommand("SELECT cv_user_name()", connection);
            return await who.ExecuteScalarAsync() as string;
        }, CancellationToken.None);
        if (believed != caller.UserName)
        {
            throw new InvalidOperationException($"The database does not believe the signed caller {caller.UserName} (it sees '{believed}').");
        }
    }

    /// <summary>The same transaction shape as <see cref="ProfileReadSession"/>, on the owner login (which RLS does not apply to).</summary>
    private static async Task<T> AsOwnerAsync<T>(NpgsqlDataSource ownerSource, ProfileCaller caller, Func<NpgsqlConnection, Task<T>> read)
    {
        await using var connection = await ownerSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var become = new NpgsqlCommand(
            // The owner bypasses the row policies; the settings only keep the round trip the same size as the signed one.
            """
            SET LOCAL ROLE childview;
            SELECT set_config('app.caller_user', @user, true), set_config('app.caller_teams', @teams, true),
                   set_config('app.caller_expires', '0', true), set_config('app.caller_proof', @proof, true)
            """,
            connection,
            transaction))
        {
            become.Parameters.AddWithValue("user", caller.UserName);
            become.Parameters.AddWithValue("teams", string.Join(',', caller.Teams));
            become.Parameters.AddWithValue("proof", new string('0', 64));
            await become.ExecuteNonQueryAsync();
        }

        var result = await read(connection);
        await transaction.CommitAsync();
        return result;
    }

    private static async Task ExplainAsync(ProfileReadSession session, NpgsqlDataSource ownerSource, (ProfileCaller Caller, Guid Child) p, Guid[] page)
    {
        const string records = """
            EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT source_system, record_type, record_id, entity_version, summary, occurred_on FROM service_records
            WHERE child_id = @child AND state <> 'Deleted'
            ORDER BY occurred_on DESC NULLS LAST, source_system, record_id
            """;
        const string list = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT child_id, record_type, record_id, summary FROM service_records WHERE child_id = ANY(@ids) AND state <> 'Deleted'";
        const string relationships = "SELECT (SELECT count(*) FROM cv_team_allocations), (SELECT count(*) FROM cv_caseload_allocations), (SELECT count(*) FROM cv_live_break_glass)";

        async Task<string> Run(NpgsqlConnection connection, string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("child", p.Child);
            command.Parameters.AddWithValue("ids", page);
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var line = string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString()));
                lines.Add(line.Length > 400 && line.Contains("::uuid[]", StringComparison.Ordinal) ? line[..200] + " …(ids elided)" : line);
            }

            return string.Join(Environment.NewLine, lines);
        }

        Log($"---- caller {p.Caller.UserName} teams={string.Join(',', p.Caller.Teams)} child {p.Child}");
        Log("---- relationship set sizes (team, caseload, break-glass): " + await session.RunAsync(p.Caller, c => Run(c, relationships), CancellationToken.None));
        Log("---- EXPLAIN records query, with RLS (social worker):" + Environment.NewLine + await session.RunAsync(p.Caller, c => Run(c, records), CancellationToken.None));
        Log("---- EXPLAIN records query, owner (no RLS):" + Environment.NewLine + await AsOwnerAsync(ownerSource, p.Caller, c => Run(c, records)));
        Log("---- EXPLAIN records page query, with RLS (social worker):" + Environment.NewLine + await session.RunAsync(p.Caller, c => Run(c, list), CancellationToken.None));
        Log("---- EXPLAIN records page query, owner (no RLS):" + Environment.NewLine + await AsOwnerAsync(ownerSource, p.Caller, c => Run(c, list)));
    }

    // ---------------------------------------------------------------- data

    private sealed record AllocationRow(int Child, int Team, int Worker, string Source, bool Active);

    private sealed record Data(Guid[] ChildIds, bool[] Allocated, List<AllocationRow> Allocations, (string Source, string Type)[] RecordTypes, int Grants);

    private static Data Generate(int count)
    {
        var random = new Random(20261125);
        var ids = new Guid[count];
        var bytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            ids[i] = new Guid(bytes);
        }

        var allocated = new bool[count];
        var allocations = new List<AllocationRow>();
        for (var i = 0; i < count; i++)
        {
            if (random.Next(20) != 0)
            {
                continue; // 5 % of children are allocated
            }

            allocated[i] = true;
            var team = random.Next(Teams);
            allocations.Add(new AllocationRow(i, team, random.Next(WorkersPerTeam), "socialcare", Active: true));
            if (random.Next(10) == 0)
            {
                allocations.Add(new AllocationRow(i, random.Next(Teams), random.Next(WorkersPerTeam), "youthoffending", Active: true));
            }

            if (random.Next(5) == 0)
            {
                allocations.Add(new AllocationRow(i, random.Next(Teams), random.Next(WorkersPerTeam), "socialcare", Active: false)); // an ended allocation
            }
        }

        var types = AccessPolicy.Current.Sections
            .Where(s => s.Source is not null)
            .SelectMany(s => s.Fields.SelectMany(f => f.RecordTypes.Select(t => (s.Source!, t))))
            .Distinct()
            .ToArray();
        return new Data(ids, allocated, allocations, types, Grants: 200);
    }

    private static async Task CopyChildrenAsync(string connectionString, Data data)
    {
        var random = new Random(1);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY children (id, given_name, family_name, date_of_birth, sex, upn, nhs_number, postcode, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < data.ChildIds.Length; i++)
        {
            writer.StartRow();
            writer.Write(data.ChildIds[i], NpgsqlDbType.Uuid);
            writer.Write(GivenNames[random.Next(GivenNames.Length)], NpgsqlDbType.Varchar);
            writer.Write(FamilyNames[random.Next(FamilyNames.Length)], NpgsqlDbType.Varchar);
            writer.Write(today.AddDays(-random.Next(18 * 365)), NpgsqlDbType.Date);
            writer.Write(random.Next(2) == 0 ? "F" : "M", NpgsqlDbType.Varchar);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"A{i:D12}"), NpgsqlDbType.Varchar);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{9_000_000_000L + i}"), NpgsqlDbType.Varchar);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"CV{random.Next(1, 30)} {random.Next(10)}AB"), NpgsqlDbType.Varchar);
            writer.Write(now, NpgsqlDbType.TimestampTz);
            writer.Write(now, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task<long> CopyRecordsAsync(string connectionString, Data data)
    {
        var random = new Random(2);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var socialCare = data.RecordTypes.Where(t => t.Source == "socialcare").ToArray();
        var count = 0L;
        var bytes = new byte[16];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY service_records (source_system, record_type, record_id, child_id, entity_version, summary, occurred_on, state, updated_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < data.ChildIds.Length; i++)
        {
            var n = RecordsPerChild[random.Next(RecordsPerChild.Length)];
            var extra = data.Allocated[i] ? 3 : 0; // children known to social care have more records
            for (var r = 0; r < n + extra; r++)
            {
                var (source, type) = r < n ? data.RecordTypes[random.Next(data.RecordTypes.Length)] : socialCare[random.Next(socialCare.Length)];
                random.NextBytes(bytes);
                var roll = random.Next(100);
                writer.StartRow();
                writer.Write(source, NpgsqlDbType.Varchar);
                writer.Write(type, NpgsqlDbType.Varchar);
                writer.Write(new Guid(bytes), NpgsqlDbType.Uuid);
                writer.Write(data.ChildIds[i], NpgsqlDbType.Uuid);
                writer.Write(1L + random.Next(3), NpgsqlDbType.Bigint);
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{type} for child {i}: synthetic summary text of a typical length"), NpgsqlDbType.Varchar);
                if (roll < 10)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(today.AddDays(-random.Next(5 * 365)), NpgsqlDbType.Date);
                }

                writer.Write(roll < 90 ? "Open" : roll < 97 ? "Closed" : "Deleted", NpgsqlDbType.Varchar);
                writer.Write(now, NpgsqlDbType.TimestampTz);
                count++;
            }
        }

        await writer.CompleteAsync();
        return count;
    }

    private static async Task CopyAllocationsAsync(string connectionString, Data data)
    {
        var random = new Random(3);
        var bytes = new byte[16];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY allocations (source_system, allocation_id, child_id, worker_user_name, team, active, entity_version) FROM STDIN (FORMAT BINARY)");
        foreach (var allocation in data.Allocations)
        {
            random.NextBytes(bytes);
            writer.StartRow();
            writer.Write(allocation.Source, NpgsqlDbType.Varchar);
            writer.Write(new Guid(bytes), NpgsqlDbType.Uuid);
            writer.Write(data.ChildIds[allocation.Child], NpgsqlDbType.Uuid);
            writer.Write(Worker(allocation.Team, allocation.Worker), NpgsqlDbType.Varchar);
            writer.Write(TeamName(allocation.Team), NpgsqlDbType.Varchar);
            writer.Write(allocation.Active, NpgsqlDbType.Boolean);
            writer.Write(1L, NpgsqlDbType.Bigint);
        }

        await writer.CompleteAsync();
    }

    /// <summary>A few break-glass grants to workers, half of them expired.</summary>
    private static async Task CopyGrantsAsync(string connectionString, Data data)
    {
        var random = new Random(4);
        var now = DateTime.UtcNow;
        var bytes = new byte[16];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY break_glass_grants (id, user_name, role, child_id, reason, purpose, granted_at, expires_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < data.Grants; i++)
        {
            var granted = now.AddMinutes(-random.Next(2 * 60 * 24));
            random.NextBytes(bytes);
            writer.StartRow();
            writer.Write(new Guid(bytes), NpgsqlDbType.Uuid);
            writer.Write(Worker(random.Next(Teams), random.Next(WorkersPerTeam)), NpgsqlDbType.Varchar);
            writer.Write(Role, NpgsqlDbType.Varchar);
            writer.Write(data.ChildIds[random.Next(data.ChildIds.Length)], NpgsqlDbType.Uuid);
            writer.Write("Out-of-hours safeguarding call", NpgsqlDbType.Varchar);
            writer.Write("safeguarding", NpgsqlDbType.Varchar);
            writer.Write(granted, NpgsqlDbType.TimestampTz);
            writer.Write(i % 2 == 0 ? now.AddMinutes(30) : granted.AddMinutes(60), NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static string TeamName(int team) => string.Create(CultureInfo.InvariantCulture, $"team-{team:D2}");

    private static string Worker(int team, int worker) => string.Create(CultureInfo.InvariantCulture, $"sw.t{team:D2}.w{worker:D2}");

    private static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.Error.WriteLine($"rls: {message}");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
