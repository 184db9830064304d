using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Flows;

/// <summary>A record's life after creation: listed with paging, soft-deleted with a reason, and republished for a rebuild.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RecordLifecycleTests(PlatformFixture platform)
{
    private async Task<HttpClient> EducationAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("education-service", [.. ApiResources.Education.Scopes]));

    private async Task<ProfileReader> PractitionerAsync() =>
        new(platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope)), platform);

    private static async Task<string> CreatePupilAsync(HttpClient education, string upn, string familyName = "Lifecycle")
    {
        using var created = await education.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: upn, familyName: familyName) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.ToString();
    }

    [Fact]
    public async Task Lists_page_through_a_filtered_set_and_report_the_total()
    {
        using var education = await EducationAsync();
        var familyName = $"Page{Guid.NewGuid():N}"[..20];
        for (var i = 0; i < 5; i++)
        {
            await CreatePupilAsync(education, TestIdentifiers.NewUpn(), familyName);
        }

        var first = await education.GetFromJsonAsync<JsonElement>($"/api/education/pupils?familyName={familyName}&page=1&pageSize=2");
        var third = await education.GetFromJsonAsync<JsonElement>($"/api/education/pupils?familyName={familyName}&page=3&pageSize=2");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, third.GetProperty("items").GetArrayLength());
        using var tooBig = await education.GetAsync("/api/education/pupils?pageSize=100000");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
    }

    [Fact]
    public async Task A_deleted_record_needs_a_reason_disappears_everywhere_and_is_kept_in_the_database()
    {
        using var education = await EducationAsync();
        var upn = TestIdentifiers.NewUpn();
        var location = await CreatePupilAsync(education, upn);
        var reader = await PractitionerAsync();
        await reader.WaitForAsync($"upn={upn}", p => p.Records.Count == 1);

        using var withoutReason = new HttpRequestMessage(HttpMethod.Delete, $"/api/education{location}") { Content = JsonContent.Create(new { reason = "" }) };
        Assert.Equal(HttpStatusCode.BadRequest, (await education.SendWithCurrentVersionAsync(withoutReason)).StatusCode);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/education{location}") { Content = JsonContent.Create(new { reason = "Recorded against the wrong child" }) };
        using var deleted = await education.SendWithCurrentVersionAsync(delete);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync($"/api/education{location}")).StatusCode);
        await reader.WaitForAsync($"upn={upn}", p => p.Records.Count == 0);
        await using var db = await platform.OpenDatabaseAsync("education");
        await using var kept = new Npgsql.NpgsqlCommand("SELECT deletion_reason FROM pupils WHERE child_upn = @upn", db);
        kept.Parameters.AddWithValue("upn", upn);
        Assert.Equal("Recorded against the wrong child", await kept.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Republishing_puts_every_record_back_on_the_bus_at_its_current_version()
    {
        using var education = await EducationAsync();
        await CreatePupilAsync(education, TestIdentifiers.NewUpn());
        using var ops = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.Education.AdminScope!));
        await using var db = await platform.OpenDatabaseAsync("education");
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pupils", db);
        var pupils = (long)(await count.ExecuteScalarAsync())!;

        using var response = await ops.PostAsync("/api/education/admin/republish/pupils", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pupils, body.GetProperty("republished").GetInt64());
    }
}
