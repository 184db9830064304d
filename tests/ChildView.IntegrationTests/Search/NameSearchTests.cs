using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChildView.ChildProfile.Children.Postgres;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using Npgsql;

namespace ChildView.IntegrationTests.Search;

/// <summary>
/// A practitioner types a name on an English keyboard; services record it with accents, typographic
/// apostrophes or decomposed characters. The profile search must find the child either way.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NameSearchTests(PlatformFixture platform)
{
    private readonly BusProbe _bus = new(platform);

    /// <summary>A suffix of letters only, so every test's family names are its own and fold as typed.</summary>
    private static string Suffix() => new([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(c => (char)(c - 'a' + 'k'))]);

    private async Task<HttpClient> MashAsync() =>
        platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope));

    private async Task RecordPupilAsync(string givenName, string familyName)
    {
        var pupilId = Guid.NewGuid();
        await _bus.PublishAsync(new PupilRegistered(
            Guid.NewGuid(), SourceSystems.Education, 1, DateTimeOffset.UtcNow,
            new ChildIdentity(SourceSystems.Education, pupilId.ToString("N"), givenName, familyName, new DateOnly(2015, 3, 4), "F", TestIdentifiers.NewUpn(), null, null),
            pupilId));
        await Poll.UntilAsync(async () => await _bus.RecordVersionAsync(pupilId) == 1, TimeSpan.FromSeconds(30), "the pupil in the profile");
    }

    private static async Task<List<JsonElement>> SearchAsync(HttpClient client, string familyName, string? givenName = null)
    {
        var query = $"/api/profile/profiles?familyName={Uri.EscapeDataString(familyName)}" + (givenName is null ? "" : $"&givenName={Uri.EscapeDataString(givenName)}");
        var found = await client.GetFromJsonAsync<JsonElement>(query);
        return [.. found.GetProperty("items").EnumerateArray()];
    }

    [Theory]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("O'Brien", "O’Brien")]
    [InlineData("O’Brien", "o'brien")]
    [InlineData("Smith-Jones", "Smith Jones")]
    [InlineData("Đặng", "Dang")]
    [InlineData("Strauß", "STRAUSS")]
    [InlineData("Sørensen", "Sorensen")]
    [InlineData("Wałęsa", "Walesa")]
    public async Task A_name_typed_without_its_accents_or_with_another_apostrophe_finds_the_child(string recorded, string typed)
    {
        var suffix = Suffix();
        await RecordPupilAsync("Thi", recorded + suffix);
        using var mash = await MashAsync();

        var hit = Assert.Single(await SearchAsync(mash, typed + suffix));

        Assert.Equal(recorded + suffix, hit.GetProperty("familyName").GetString());
    }

    [Fact]
    public async Task A_name_recorded_decomposed_is_found_by_its_composed_form_and_stored_composed()
    {
        var suffix = Suffix();
        var composed = "Noël" + suffix;
        await RecordPupilAsync("Zoë".Normalize(NormalizationForm.FormD), composed.Normalize(NormalizationForm.FormD));
        using var mash = await MashAsync();

        var hit = Assert.Single(await SearchAsync(mash, composed, "Zoë"));

        Assert.Equal(composed, hit.GetProperty("familyName").GetString());
        Assert.Equal("Zoë", hit.GetProperty("givenName").GetString());
    }

    [Fact]
    public async Task A_given_name_matches_by_folded_prefix()
    {
        var suffix = Suffix();
        await RecordPupilAsync("Łukasz", "Kowalski" + suffix);
        await RecordPupilAsync("Zoë", "Kowalski" + suffix);
        using var mash = await MashAsync();

        var hit = Assert.Single(await SearchAsync(mash, "kowalski" + suffix, "luk"));

        Assert.Equal("Łukasz", hit.GetProperty("givenName").GetString());
        Assert.Empty(await SearchAsync(mash, "Kowalsky" + suffix));
    }

    [Fact]
    public async Task Children_written_without_search_keys_get_them_at_start_up()
    {
        var family = "Nguyễn" + Suffix();
        await using (var owner = await platform.OpenDatabaseAsync("profile"))
        {
            await using var insert = new NpgsqlCommand("INSERT INTO children (id, given_name, family_name, created_at, updated_at) VALUES (@id, 'Văn', @family, now(), now())", owner);
            insert.Parameters.AddWithValue("id", Guid.NewGuid());
            insert.Parameters.AddWithValue("family", family);
            await insert.ExecuteNonQueryAsync();
            using var mash = await MashAsync();
            Assert.Empty(await SearchAsync(mash, "Nguyen" + family[6..]));

            await using var transaction = await owner.BeginTransactionAsync();
            Assert.True(await NameKeyBackfill.RunAsync(owner, transaction, CancellationToken.None) >= 1);
            await transaction.CommitAsync();

            Assert.Equal(family, Assert.Single(await SearchAsync(mash, "NGUYEN" + family[6..], "van")).GetProperty("familyName").GetString());
        }
    }

    [Fact]
    public async Task A_name_with_no_letters_is_refused_naming_the_field()
    {
        using var mash = await MashAsync();

        using var response = await mash.GetAsync("/api/profile/profiles?familyName=%27-%E2%80%99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("familyName", out _));
    }
}
