using System.Net.Http.Json;
using ChildView.ChildProfile.Families;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The family rules' property test: for random (caller, child, family field) triples the policy,
/// the database's row policies on the family tables and the family view agree. A family rule is met
/// by the caller's relationship to any child of the family, so allocations land on random members.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FamilyAccessAgreementTests(PlatformFixture platform)
{
    private const int Seed = 20261126;
    private const int Families = 15;
    private const int Triples = 2_000;
    private static readonly AccessPolicy Policy = AccessPolicy.Current;
    private static readonly string[] Teams = ["north-cin", "south-cin", "inclusion", "yot-east", "early-help-north", "mash"];

    private static readonly Dictionary<string, string> TableOf = new()
    {
        [FamilyView.Members] = "child_families",
        [FamilyView.Adults] = "child_relatives",
        [FamilyView.Households] = "household_memberships",
    };

    private readonly ProfileDatabase _db = new(platform);

    private sealed record Caller(string UserName, string Role, string Team);

    [Fact]
    public async Task The_policy_the_database_and_the_family_view_agree_on_every_sampled_caller_child_and_family_field()
    {
        var random = new Random(Seed);
        var demoCallers = DemoUsers.All.Where(u => Policy.Roles.Contains(u.Role)).Select(u => new Caller(u.UserName, u.Role, u.Team)).ToList();
        var callers = demoCallers.Concat(Enumerable.Range(0, 20).Select(i =>
            new Caller($"family-worker{i}", Policy.Roles[random.Next(Policy.Roles.Count)], Teams[random.Next(Teams.Length)]))).ToList();
        var (familyOf, allocations, grants) = await ArrangeAsync(random, callers);
        var children = familyOf.Keys.ToList();

        CallerStanding Standing(Caller caller, Guid child)
        {
            var members = familyOf.Where(f => f.Value == familyOf[child]).Select(f => f.Key).ToHashSet();
            var mine = allocations.Where(a => members.Contains(a.Child)).ToList();
            var relationship = mine.Any(a => a.Worker == caller.UserName) ? Relationship.Caseload
                : mine.Any(a => a.Team == caller.Team) ? Relationship.Team
                : Relationship.None;
            return new CallerStanding(relationship, grants.Any(g => members.Contains(g.Child) && g.User == caller.UserName));
        }

        var disagreements = new List<string>();
        for (var i = 0; i < Triples; i++)
        {
            var caller = callers[random.Next(callers.Count)];
            var child = children[random.Next(children.Count)];
            var field = Policy.Family.Fields[random.Next(Policy.Family.Fields.Count)].Name;
            var expected = AccessPolicy.Allows(Policy.Rule(caller.Role, AccessPolicy.FamilySectionName, field), Standing(caller, child));
            var actual = await VisibleAsync(caller, child, field);
            if (expected != actual)
            {
                disagreements.Add($"{caller.UserName} ({caller.Role}) child {child} family.{field}: policy {expected}, database {actual}");
            }
        }

        Assert.True(disagreements.Count == 0, $"seed {Seed}: {disagreements.Count} disagreements, e.g. {string.Join("; ", disagreements.Take(5))}");

        foreach (var caller in demoCallers.Where(c => Policy.Family.Fields.Any(f => Policy.Rule(c.Role, AccessPolicy.FamilySectionName, f.Name) != Relationship.None)))
        {
            using var api = platform.GatewayClient(await platform.Tokens.UserTokenAsync(caller.UserName, DemoUsers.Password, ApiResources.Profile.ReadScope));
            foreach (var child in children.Take(8))
            {
                var family = (await api.GetFromJsonAsync<FamilyResponse>($"/api/profile/profiles/{child}/family"))!;
                foreach (var field in Policy.Family.Fields.Select(f => f.Name))
                {
                    var expected = AccessPolicy.Allows(Policy.Rule(caller.Role, AccessPolicy.FamilySectionName, field), Standing(caller, child));
                    Assert.True(expected != family.Restricted.Contains($"family.{field}"), $"{caller.UserName} family.{field} on {child}: policy {expected}");
                }

                var members = familyOf.Count(f => f.Value == familyOf[child]);
                Assert.Equal(family.Restricted.Contains("family.members") ? 1 : members, family.Children.Count);
            }
        }
    }

    private async Task<bool> VisibleAsync(Caller caller, Guid child, string field)
    {
        if (Policy.Rule(caller.Role, AccessPolicy.FamilySectionName, field) == Relationship.None)
        {
            return false; // no grant at all: refused outright (tested in FamilyViewTests)
        }

        var (connection, transaction) = await _db.AsRoleAsync(caller.Role, caller.UserName, caller.Team);
        await using (connection)
        {
            return await ProfileDatabase.CountAsync(connection, transaction, $"SELECT count(*) FROM {TableOf[field]} WHERE child_id = @c", ("c", child)) > 0;
        }
    }

    /// <summary>Families of one to three children, each child with a relative and a household stay; random allocations and a few grants.</summary>
    private async Task<(Dictionary<Guid, Guid> FamilyOf, List<(Guid Child, string Worker, string Team)> Allocations, List<(Guid Child, string User)> Grants)> ArrangeAsync(
        Random random, List<Caller> callers)
    {
        var familyOf = new Dictionary<Guid, Guid>();
        var allocations = new List<(Guid, string, string)>();
        var grants = new List<(Guid, string)>();
        await using var owner = await _db.OwnerAsync();
        for (var f = 0; f < Families; f++)
        {
            var members = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Guid.NewGuid()).Order().ToList();
            foreach (var child in members)
            {
                familyOf[child] = members[0];
                await Execute(owner, "INSERT INTO children (id, given_name, family_name, created_at, updated_at) VALUES (@id, 'Fam', @family, now(), now())", ("id", child), ("family", $"Agree{f}"));
                await Execute(owner, "INSERT INTO child_families (child_id, family_id) VALUES (@c, @f)", ("c", child), ("f", members[0]));
                await Execute(owner,
                    "INSERT INTO child_relatives (child_id, source_system, record_id, relationship, kind, given_name, family_name, parental_responsibility) VALUES (@c, 'test', @r, 'mother', 'Parent', 'Mum', @family, true)",
                    ("c", child), ("r", Guid.NewGuid()), ("family", $"Agree{f}"));
                await Execute(owner,
                    "INSERT INTO household_memberships (child_id, ordinal, household_key, address_line1, postcode) VALUES (@c, 0, @k, '1 Agreement Row', 'DE4 1AA')",
                    ("c", child), ("k", $"1 AGREEMENT ROW {f}|DE41AA"));
                if (random.Next(3) == 0)
                {
                    var worker = callers[random.Next(callers.Count)];
                    var team = random.Next(3) == 0 ? Teams[random.Next(Teams.Length)] : worker.Team;
                    allocations.Add((child, worker.UserName, team));
                    await _db.AllocateAsync(child, worker.UserName, team);
                }

                if (random.Next(10) == 0)
                {
                    var user = callers[random.Next(callers.Count)];
                    grants.Add((child, user.UserName));
                    await Execute(owner,
                        "INSERT INTO break_glass_grants (id, user_name, role, child_id, reason, purpose, granted_at, expires_at) VALUES (@id, @u, @role, @c, 'property test', 'test', now(), now() + interval '1 hour')",
                        ("id", Guid.NewGuid()), ("u", user.UserName), ("role", user.Role), ("c", child));
                }
            }
        }

        return (familyOf, allocations, grants);
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
