using System.Net.Http.Json;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// A property test: for many random (caller, child, field) triples, the policy evaluated in C#, the
/// database's row policies and the API all agree on whether the caller sees the field. Children,
/// allocations and break-the-glass grants are arranged directly in the profile database.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessAgreementTests(PlatformFixture platform)
{
    private const int Seed = 20261125;
    private const int Children = 40;
    private const int Triples = 10_000;
    private static readonly AccessPolicy Policy = AccessPolicy.Current;
    private static readonly string[] Teams = ["north-cin", "south-cin", "inclusion", "sen", "yot-east", "early-help-north", "mash", "west-cin"];

    private readonly ProfileDatabase _db = new(platform);

    private sealed record Caller(string UserName, string Role, string[] Teams);

    private sealed record Arrangement(List<Guid> Children, List<(Guid Child, string Worker, string Team)> Allocations, List<(Guid Child, string User)> Grants);

    private static readonly (string Section, string Field)[] RecordFields =
        [.. Policy.Fields.Where(f => f.Section.Name != "summary").Select(f => (f.Section.Name, f.Field.Name))];

    [Fact]
    public async Task The_policy_the_database_and_the_api_agree_on_every_sampled_caller_child_and_field()
    {
        var random = new Random(Seed);
        var demoCallers = DemoUsers.All.Where(u => Policy.Roles.Contains(u.Role)).Select(u => new Caller(u.UserName, u.Role, [u.Team])).ToList();
        var callers = demoCallers.Concat(Enumerable.Range(0, 30).Select(i =>
            new Caller($"worker{i}", Policy.Roles[random.Next(Policy.Roles.Count)], [Teams[random.Next(Teams.Length)]]))).ToList();
        var arrangement = await ArrangeAsync(random, callers);

        var databaseViews = new Dictionary<(Caller, Guid), HashSet<string>>();
        var disagreements = new List<string>();
        for (var i = 0; i < Triples; i++)
        {
            var caller = callers[random.Next(callers.Count)];
            var child = arrangement.Children[random.Next(arrangement.Children.Count)];
            var (section, field) = RecordFields[random.Next(RecordFields.Length)];
            if (!databaseViews.TryGetValue((caller, child), out var visible))
            {
                databaseViews[(caller, child)] = visible = await VisibleRecordTypesAsync(caller, child);
            }

            var expected = Policy.Allows([caller.Role], section, field, Standing(arrangement, caller, child));
            var recordTypes = Policy.Fields.Single(f => f.Section.Name == section && f.Field.Name == field).Field.RecordTypes;
            var actual = recordTypes.Any(visible.Contains);
            if (expected != actual)
            {
                disagreements.Add($"{caller.UserName} ({caller.Role}) child {child} {section}.{field}: policy {expected}, database {actual}");
            }
        }

        Assert.True(disagreements.Count == 0, $"seed {Seed}: {disagreements.Count} disagreements, e.g. {string.Join("; ", disagreements.Take(5))}");

        foreach (var caller in demoCallers.Where(c => Policy.Fields.Any(f => Policy.Rule(c.Role, f.Section.Name, f.Field.Name) != Relationship.None)))
        {
            using var api = platform.GatewayClient(await platform.Tokens.UserTokenAsync(caller.UserName, DemoUsers.Password, ApiResources.Profile.ReadScope));
            foreach (var child in arrangement.Children.Take(10))
            {
                var profile = (await api.GetFromJsonAsync<ProfileResponse>($"/api/profile/profiles/{child}"))!;
                foreach (var (section, field) in RecordFields)
                {
                    var expected = Policy.Allows([caller.Role], section, field, Standing(arrangement, caller, child));
                    Assert.True(expected == profile.Records.Any(r => r.Section == section && r.Field == field),
                        $"{caller.UserName} {section}.{field} on {child}: policy {expected}");
                    Assert.True(expected != profile.Restricted.Contains($"{section}.{field}"), $"{caller.UserName} {section}.{field} restricted list");
                }
            }
        }
    }

    private static CallerStanding Standing(Arrangement arrangement, Caller caller, Guid child)
    {
        var relationship = arrangement.Allocations.Any(a => a.Child == child && a.Worker == caller.UserName) ? Relationship.Caseload
            : arrangement.Allocations.Any(a => a.Child == child && caller.Teams.Contains(a.Team)) ? Relationship.Team
            : Relationship.None;
        return new CallerStanding(relationship, arrangement.Grants.Any(g => g.Child == child && g.User == caller.UserName));
    }

    private async Task<HashSet<string>> VisibleRecordTypesAsync(Caller caller, Guid child)
    {
        var (connection, transaction) = await _db.AsRoleAsync(caller.Role, caller.UserName, string.Join(',', caller.Teams));
        await using (connection)
        {
            var visible = new HashSet<string>();
            if (!new ProfileView(Policy, new ChildView.ChildProfile.Access.ProfileCaller(caller.UserName, caller.Role, caller.Teams)).SeesRecords)
            {
                return visible; // the role holds no grant on service records at all (tested elsewhere)
            }

            await using var query = new NpgsqlCommand("SELECT DISTINCT record_type FROM service_records WHERE child_id = @c", connection, transaction);
            query.Parameters.AddWithValue("c", child);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                visible.Add(reader.GetString(0));
            }

            return visible;
        }
    }

    /// <summary>Children with one record of every type, random allocations to callers and teams, and a few live grants.</summary>
    private async Task<Arrangement> ArrangeAsync(Random random, List<Caller> callers)
    {
        var arrangement = new Arrangement([], [], []);
        var recordTypes = Policy.Fields.SelectMany(f => f.Field.RecordTypes).ToList();
        await using var owner = await _db.OwnerAsync();
        for (var c = 0; c < Children; c++)
        {
            var child = Guid.NewGuid();
            arrangement.Children.Add(child);
            await Execute(owner, "INSERT INTO children (id, given_name, family_name, created_at, updated_at) VALUES (@id, 'Prop', @family, now(), now())",
                ("id", child), ("family", $"Agree{c}"));
            foreach (var type in recordTypes)
            {
                await Execute(owner,
                    "INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, state, updated_at) VALUES ('test', @t, @r, @c, 1, @t, 'Open', now())",
                    ("t", type), ("r", Guid.NewGuid()), ("c", child));
            }

            for (var a = random.Next(0, 3); a > 0; a--)
            {
                var worker = callers[random.Next(callers.Count)];
                var team = random.Next(3) == 0 ? Teams[random.Next(Teams.Length)] : worker.Teams[0];
                arrangement.Allocations.Add((child, worker.UserName, team));
                await _db.AllocateAsync(child, worker.UserName, team);
            }

            if (random.Next(8) == 0)
            {
                var user = callers[random.Next(callers.Count)];
                arrangement.Grants.Add((child, user.UserName));
                await Execute(owner,
                    "INSERT INTO break_glass_grants (id, user_name, role, child_id, reason, purpose, granted_at, expires_at) VALUES (@id, @u, @role, @c, 'property test', 'test', now(), now() + interval '1 hour')",
                    ("id", Guid.NewGuid()), ("u", user.UserName), ("role", user.Role), ("c", child));
            }
        }

        return arrangement;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
