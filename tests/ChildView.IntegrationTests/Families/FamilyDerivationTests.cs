using System.Text;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families;
using ChildView.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Families;

/// <summary>The derivation's guarantees: the same records give the same households and family whatever the order, and concurrent events cannot leave a stale family.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FamilyDerivationTests(PlatformFixture platform)
{
    private readonly FamilyProbe _family = new(platform);

    [Fact]
    public async Task Deriving_again_from_scratch_in_another_order_reaches_the_same_state()
    {
        var surname = FamilyProbe.Unique("Again");
        var home = FamilyProbe.NewAddress();
        var first = FamilyProbe.NewChild(surname, new(2012, 1, 1));
        var second = FamilyProbe.NewChild(surname, new(2016, 2, 2));
        var third = FamilyProbe.NewChild(surname, new(2016, 2, 2));
        List<Guid> children =
        [
            await _family.EnrolAsync(first, FamilyProbe.NewAddress(), new(2021, 9, 1)),
            await _family.EnrolAsync(second, home, new(2022, 9, 1)),
            await _family.EnrolAsync(third, home, new(2022, 9, 1)),
        ];
        await _family.ReferAsync(first, home, new(2023, 4, 4));
        await _family.CarePersonAsync(first, home, "mother", "Ash", surname, new(1984, 4, 4));
        await _family.SchoolPersonAsync(second, home, "PAM", "Ash", surname, new(1984, 4, 4), home);
        var before = await SnapshotAsync(children);

        await ForgetAsync(children);
        foreach (var child in Enumerable.Reverse(children))
        {
            await DeriveAsync([child]);
        }

        Assert.Equal(before, await SnapshotAsync(children));
        Assert.Contains("household-member:shared-household", before, StringComparison.Ordinal);
        Assert.Contains("sibling:shared-household,shared-parent", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_for_one_family_arriving_at_once_leave_the_family_a_fresh_derivation_gives()
    {
        var surname = FamilyProbe.Unique("Busy");
        var home = FamilyProbe.NewAddress();
        var children = Enumerable.Range(0, 6).Select(i => FamilyProbe.NewChild(surname, new DateOnly(2010 + i, 3, 3))).ToList();

        // Each child is joined to the next only through a parent recorded on both; all arrive at once.
        var ids = await Task.WhenAll(children.Select((c, i) => _family.EnrolAsync(c, FamilyProbe.NewAddress(), new(2020 + i % 3, 9, 1))));
        await Task.WhenAll(children.SelectMany((c, i) => new[]
        {
            _family.CarePersonAsync(c, home, "mother", $"Parent{(char)('a' + i)}", surname, new(1980, 1, 1 + i)),
            _family.CarePersonAsync(c, home, "father", $"Parent{(char)('a' + (i + 1) % children.Count)}", surname, new(1980, 1, 1 + (i + 1) % children.Count)),
        }));
        var concurrent = await SnapshotAsync(ids);

        await ForgetAsync(ids);
        await DeriveAsync(ids);

        Assert.Single((await Task.WhenAll(ids.Select(_family.FamilyOfAsync))).Distinct());
        Assert.Equal(await SnapshotAsync(ids), concurrent);
    }

    [Fact]
    public async Task A_derivation_waits_for_one_in_flight_so_it_sees_the_link_that_one_adds()
    {
        var surname = FamilyProbe.Unique("Race");
        var mother = (Given: "Kim", Family: surname, Born: new DateOnly(1983, 3, 3));
        var (a, b, c) = (FamilyProbe.NewChild(surname, new(2010, 1, 1)), FamilyProbe.NewChild(surname, new(2012, 1, 1)), FamilyProbe.NewChild(surname, new(2014, 1, 1)));
        var aId = await _family.EnrolAsync(a, FamilyProbe.NewAddress(), new(2020, 9, 1));
        var bId = await _family.EnrolAsync(b, FamilyProbe.NewAddress(), new(2020, 9, 1));
        var cId = await _family.EnrolAsync(c, FamilyProbe.NewAddress(), new(2020, 9, 1));
        await _family.CarePersonAsync(a, FamilyProbe.NewAddress(), "mother", mother.Given, mother.Family, mother.Born);

        // Two transactions each record the same mother for another child: B in the first, C in the second.
        await using var first = platform.Profile.Services.CreateAsyncScope();
        await using var second = platform.Profile.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<ProfileDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ProfileDbContext>();
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync();
        await using var secondTransaction = await secondDb.Database.BeginTransactionAsync();
        await RecordMotherAsync(firstDb, bId, mother.Given, mother.Family, mother.Born);
        await RecordMotherAsync(secondDb, cId, mother.Given, mother.Family, mother.Born);

        await new HouseholdDerivation(firstDb).RefreshAsync([bId], CancellationToken.None);
        var secondDerivation = new HouseholdDerivation(secondDb).RefreshAsync([cId], CancellationToken.None);
        await Task.Delay(300);
        await firstTransaction.CommitAsync();
        await secondDerivation;
        await secondTransaction.CommitAsync();

        Assert.Equal("sibling:shared-parent", await _family.LinkAsync(bId, cId));
        Assert.Single((await Task.WhenAll(new[] { aId, bId, cId }.Select(_family.FamilyOfAsync))).Distinct());
    }

    private static Task RecordMotherAsync(ProfileDbContext db, Guid childId, string given, string family, DateOnly born) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, state, updated_at, attributes)
            VALUES ('socialcare', 'care-family-member', {Guid.NewGuid()}, {childId}, 1, 'mother', 'Open', now(),
                    jsonb_build_object('relationship', 'mother', 'givenName', {given}, 'familyName', {family}, 'dateOfBirth', {born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}))
            """);

    private async Task DeriveAsync(IReadOnlyCollection<Guid> children)
    {
        await using var scope = platform.Profile.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new HouseholdDerivation(db).RefreshAsync(children, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task ForgetAsync(IReadOnlyList<Guid> children)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        foreach (var table in new[] { "family_links", "child_relatives", "household_memberships", "child_families" })
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM {table} WHERE child_id = ANY(@c)", db);
            delete.Parameters.AddWithValue("c", children.ToArray());
            await delete.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Every derived row of the children, in a stable order, as text.</summary>
    private async Task<string> SnapshotAsync(IReadOnlyList<Guid> children)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT child_id, family_id, person_key FROM child_families WHERE child_id = ANY(@c) ORDER BY child_id",
            "SELECT child_id, related_child_id, relationship || ':' || basis FROM family_links WHERE child_id = ANY(@c) ORDER BY child_id, related_child_id",
            "SELECT child_id, source_system, record_id, relationship, kind, person_key, household_key, parental_responsibility FROM child_relatives WHERE child_id = ANY(@c) ORDER BY child_id, record_id",
            "SELECT child_id, ordinal, household_key, from_date, to_date FROM household_memberships WHERE child_id = ANY(@c) ORDER BY child_id, ordinal",
        })
        {
            await using var query = new NpgsqlCommand(sql, db);
            query.Parameters.AddWithValue("c", children.ToArray());
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendJoin(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))).AppendLine();
            }
        }

        return text.ToString();
    }
}
