using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>Lists find real names however they are typed: accents, apostrophes, case and Unicode normal form folded.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NameSearchTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    [Theory]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("O'Brien", "O’Brien")]
    [InlineData("Łukasiewicz-Đặng", "lukasiewicz-dang")]
    [InlineData("Strauß", "STRAUSS")]
    public async Task A_family_name_is_found_by_its_plain_spelling(string stored, string typed)
    {
        using var socialCare = await _clients.ServiceAsync(ApiResources.SocialCare);
        var child = TestIdentifiers.Child(familyName: stored);
        var id = await PipelineClients.CreateAsync(socialCare, "/api/socialcare/referrals", new { child, referralDate = "2026-10-01", referralSource = "2A" });

        async Task<IReadOnlyList<Guid>> ListedAsync(string familyName) =>
            [.. (await socialCare.GetFromJsonAsync<JsonElement>($"/api/socialcare/referrals?familyName={Uri.EscapeDataString(familyName)}&localId={PipelineClients.LocalIdOf(child)}"))
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

        Assert.Equal([id], await ListedAsync(typed));
        Assert.Empty(await ListedAsync("Smith"));
    }

    [Fact]
    public async Task A_name_sent_decomposed_is_stored_composed_and_found_either_way()
    {
        using var earlyYears = await _clients.ServiceAsync(ApiResources.EarlyYears);
        var decomposed = "Noe\u0308l";
        var child = TestIdentifiers.Child(givenName: decomposed, dateOfBirth: "2023-03-01");
        using var created = await earlyYears.PostAsJsonAsync("/api/earlyyears/setting-registrations", PipelineClients.Setting(child));
        var stored = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("child").GetProperty("givenName").GetString();

        var byComposed = await earlyYears.GetFromJsonAsync<JsonElement>(
            $"/api/earlyyears/setting-registrations?givenName={Uri.EscapeDataString("No\u00EBl")}&localId={PipelineClients.LocalIdOf(child)}");

        Assert.Equal("No\u00EBl".Normalize(NormalizationForm.FormC), stored);
        Assert.Equal(1, byComposed.GetProperty("total").GetInt32());
    }
}
