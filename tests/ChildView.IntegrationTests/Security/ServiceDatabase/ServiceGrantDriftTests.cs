using ChildView.Contracts.Access;
using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Access.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Security.ServiceDatabase;

/// <summary>
/// Each service database's catalog agrees with the policy: for every service × role × record type the
/// role may SELECT the record's table when it may read the type, INSERT when it may create, UPDATE the
/// deletion columns only when it may delete; and the catalog holds exactly the generated grants and row
/// policies, nothing granted by hand beside them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceGrantDriftTests(PlatformFixture platform)
{
    private static readonly AccessPolicy Policy = AccessPolicy.Current;

    public static readonly TheoryData<string> Services = ["education", "socialcare", "youthoffending", "earlyyears"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_role_and_record_type_has_the_privileges_the_policy_gives_it(string service)
    {
        var db = new ServiceDatabase(platform, service);
        var tables = db.Host.GetRequiredService<ServiceDatabaseTables>();
        await using var owner = await db.OwnerAsync();
        var disagreements = new List<string>();
        foreach (var role in Policy.Roles)
        {
            var dbRole = db.DbRole(role);
            foreach (var (_, recordType) in Policy.Services.RecordTypes.Where(r => r.Service == service))
            {
                var table = tables.For(recordType).Table;
                var companion = tables.Records.Any(r => r.Table != table && Policy.Services.Read([role], service, r.RecordType) != Relationship.None
                    && (r.Reads.Contains(table) || tables.Allocations?.Table == table));
                var reads = Policy.Services.Read([role], service, recordType) != Relationship.None;
                bool May(RecordAction action) => Policy.Services.MayChange([role], service, recordType, action);
                var creates = May(RecordAction.Create);

                Check($"{dbRole} SELECT {table}", reads || companion, await HasAsync(owner, $"has_table_privilege('{dbRole}', '{table}', 'SELECT')"));
                Check($"{dbRole} INSERT {table}", creates, await HasAsync(owner, $"has_table_privilege('{dbRole}', '{table}', 'INSERT')"));
                Check($"{dbRole} UPDATE {table}.deleted_at", May(RecordAction.Delete), await HasAsync(owner, $"has_column_privilege('{dbRole}', '{table}', 'deleted_at', 'UPDATE')"));
                Check(
                    $"{dbRole} UPDATE {table}.updated_at",
                    May(RecordAction.Update) || May(RecordAction.Close) || May(RecordAction.Delete) || (creates && tables.For(recordType).CreateUpdates),
                    await HasAsync(owner, $"has_column_privilege('{dbRole}', '{table}', 'updated_at', 'UPDATE')"));
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));

        void Check(string what, bool policy, bool database)
        {
            if (policy != database)
            {
                disagreements.Add($"{service}: {what}: policy {policy}, database {database}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_catalog_holds_exactly_the_generated_grants_and_row_policies(string service)
    {
        var db = new ServiceDatabase(platform, service);
        var tables = db.Host.GetRequiredService<ServiceDatabaseTables>();
        await using var owner = await db.OwnerAsync();
        var columns = new Dictionary<string, IReadOnlyList<string>>();
        await using (var read = new NpgsqlCommand("SELECT table_name, array_agg(column_name::text) FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name", owner))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
            }
        }

        var access = ServiceAccessSql.Access(Policy, tables, columns);
        var expected = access.SelectMany(a => a.Privileges().Select(p => $"{a.DbRole} {p.Privilege} {a.Table}{(p.Column is null ? "" : "." + p.Column)}")).Order().ToList();
        var prefix = $"cv_{service}_";

        // Table-level grants, then column-level ones; the audit table is the audit trail's business, not the policy's.
        var actual = await StringsAsync(owner, $"""
            SELECT r.rolname || ' ' || a.privilege_type || ' ' || c.relname
            FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND r.rolname LIKE '{prefix}%' AND c.relname <> 'audit_events'
            UNION ALL
            SELECT r.rolname || ' ' || a.privilege_type || ' ' || c.relname || '.' || att.attname
            FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid CROSS JOIN LATERAL aclexplode(att.attacl) a JOIN pg_roles r ON r.oid = a.grantee
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND r.rolname LIKE '{prefix}%' AND c.relname <> 'audit_events'
            """);
        Assert.Equal(expected, actual.Order().ToList());

        var recordTables = tables.Records.Select(r => r.Table).ToHashSet();
        var expectedPolicies = access.Where(a => recordTables.Contains(a.Table)).SelectMany(a => new[]
            {
                a.SelectPredicates.Count > 0 ? $"{a.Table} {a.DbRole}_select SELECT" : null,
                a.Insert && a.InsertPredicates.Count > 0 ? $"{a.Table} {a.DbRole}_insert INSERT" : null,
                a.UpdatePredicates.Count > 0 ? $"{a.Table} {a.DbRole}_update UPDATE" : null,
            }).OfType<string>().Order().ToList();
        var policies = await StringsAsync(owner, "SELECT tablename || ' ' || policyname || ' ' || cmd FROM pg_policies WHERE schemaname = 'public'");
        Assert.Equal(expectedPolicies, policies.Where(p => recordTables.Contains(p.Split(' ')[0])).Order().ToList());
        foreach (var table in recordTables)
        {
            Assert.True(await HasAsync(owner, $"(SELECT relrowsecurity FROM pg_class WHERE oid = '{table}'::regclass)"), $"{table} has row level security");
        }
    }

    private static async Task<bool> HasAsync(NpgsqlConnection connection, string expression) =>
        await ServiceDatabase.ScalarAsync<bool>(connection, null, $"SELECT {expression}");

    private static async Task<List<string>> StringsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
