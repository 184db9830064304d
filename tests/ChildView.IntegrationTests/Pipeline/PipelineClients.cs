using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>Demo users with every scope their role is granted, machine clients, and records set up for the pipeline's tests.</summary>
public sealed class PipelineClients(PlatformFixture platform)
{
    public async Task<HttpClient> UserAsync(string userName)
    {
        var role = DemoUsers.All.Single(u => u.UserName == userName).Role;
        string[] scopes = [.. RoleScopes.ScopesFor(role)];
        return platform.GatewayClient(await platform.Tokens.UserTokenAsync(userName, DemoUsers.Password, scopes));
    }

    public async Task<HttpClient> ServiceAsync(ApiResource api) =>
        platform.GatewayClient(await platform.ServiceTokenAsync($"{api.Name}-service", [.. api.Scopes]));

    /// <summary>The operations client with the admin scope: a machine client allocates only with it.</summary>
    private async Task<HttpClient> AllocatorAsync(ApiResource api) =>
        platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", [.. api.AllScopes]));

    private static readonly Dictionary<string, string> WorkerOfTeam = new() { ["north-cin"] = "sw.jones", ["south-cin"] = "sw.ahmed" };

    /// <summary>Creates a record and answers its id (the POST must succeed).</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        using var created = await client.PostAsJsonAsync(path, body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A social care child with a referral, allocated to <paramref name="team"/> (to the demo social worker of that team).</summary>
    public async Task<(object Child, string LocalId, Guid Referral)> SocialCareChildAsync(string team, string? familyName = null)
    {
        using var service = await ServiceAsync(ApiResources.SocialCare);
        using var allocator = await AllocatorAsync(ApiResources.SocialCare);
        var child = TestIdentifiers.Child(familyName: familyName);
        var referral = await CreateAsync(service, "/api/socialcare/referrals", new { child, referralDate = "2026-10-01", referralSource = "2A" });
        await CreateAsync(allocator, "/api/socialcare/case-allocations", new { child, workerId = WorkerOfTeam[team], team, fromDate = "2026-10-02" });
        return (child, LocalIdOf(child), referral);
    }

    /// <summary>A youth offending child with an offence outcome, allocated to <paramref name="teamCode"/> and officer <paramref name="officer"/>.</summary>
    public async Task<(object Child, string LocalId, Guid Outcome)> YouthChildAsync(string teamCode, string officer)
    {
        using var service = await ServiceAsync(ApiResources.YouthOffending);
        var child = TestIdentifiers.Child(dateOfBirth: "2010-01-01");
        var outcome = await CreateAsync(service, "/api/youthoffending/offence-outcomes", new
        {
            child, offenceDate = "2026-06-01", offenceType = "Theft", gravityScore = 2, outcome = "youth-caution", outcomeDate = "2026-06-20",
        });
        using var allocator = await AllocatorAsync(ApiResources.YouthOffending);
        await CreateAsync(allocator, "/api/youthoffending/allocations", new { child, officerId = officer, teamCode, fromDate = "2026-06-21" });
        return (child, LocalIdOf(child), outcome);
    }

    /// <summary>An early years child with a setting registration, allocated to <paramref name="teamCode"/> and practitioner <paramref name="practitioner"/>.</summary>
    public async Task<(object Child, string LocalId, Guid Setting)> EarlyYearsChildAsync(string teamCode, string practitioner)
    {
        var (child, localId, setting) = await UnallocatedEarlyYearsChildAsync();
        using var allocator = await AllocatorAsync(ApiResources.EarlyYears);
        await CreateAsync(allocator, "/api/earlyyears/allocations", new { child, practitionerId = practitioner, teamCode, fromDate = "2026-09-01" });
        return (child, localId, setting);
    }

    /// <summary>An early years child with a setting registration whose case nobody holds.</summary>
    public async Task<(object Child, string LocalId, Guid Setting)> UnallocatedEarlyYearsChildAsync()
    {
        using var service = await ServiceAsync(ApiResources.EarlyYears);
        var child = TestIdentifiers.Child(dateOfBirth: "2023-03-01");
        var setting = await CreateAsync(service, "/api/earlyyears/setting-registrations", Setting(child));
        return (child, LocalIdOf(child), setting);
    }

    public static object AssetPlus(object child) => new
    {
        child, assessmentDate = "2026-07-01", riskOfSeriousHarm = "high", safetyAndWellbeing = "medium", likelihoodOfReoffending = "high",
    };

    public static object CaseNote(object child, string text = "Visited at home; all well.") => new { child, noteDate = "2026-10-03", author = "Someone Else", text };

    public static object Setting(object child) => new { child, providerUrn = "EY123456", settingName = "Little Acorns", startDate = "2026-09-01" };

    public static string LocalIdOf(object child) => (string)child.GetType().GetProperty("localId")!.GetValue(child)!;
}
