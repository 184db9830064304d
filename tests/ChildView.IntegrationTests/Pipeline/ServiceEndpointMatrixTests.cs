using System.Collections.Concurrent;
using System.Net.Http.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>
/// Every demo role against the four services' endpoints (reads, lists, writes; own team, other team,
/// own caseload), each answer written by hand from the rules — the gateway's scopes, then the policy's
/// <c>services</c> block — not computed from the policy. 403 from the gateway (no scope) and from the
/// pipeline (the policy refuses a list or a write) look the same to the caller; 404 hides a record.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceEndpointMatrixTests(PlatformFixture platform)
{
    private static readonly SemaphoreSlim WorldLock = new(1, 1);
    private static World? _world;
    private static readonly ConcurrentDictionary<string, HttpClient> Users = new();

    /// <summary>One child of each kind, shared by the whole matrix.</summary>
    private sealed record World(
        object NorthChild, string NorthLocalId, Guid NorthReferral, Guid NorthNote,
        object SouthChild, Guid SouthReferral,
        object YouthChild, string YouthLocalId, Guid Outcome, Guid Risk,
        string PupilLocalId, Guid Pupil,
        object EarlyChild, string EarlyLocalId, Guid Setting, Guid OtherSetting);

    public static TheoryData<string, string, int> Expectations()
    {
        var data = new TheoryData<string, string, int>();
        void Row(string user, string probe, int status) => data.Add(user, probe, status);

        string[] socialCare = ["sc.referral.read.own", "sc.referral.read.other", "sc.referral.list", "sc.note.read", "sc.note.list", "sc.note.create.own", "sc.note.create.other"];
        string[] youth = ["yot.outcome.read", "yot.outcome.list", "yot.risk.read", "yot.risk.list", "yot.outcome.create"];
        string[] education = ["edu.pupil.read", "edu.pupil.list", "edu.pupil.create"];
        string[] earlyYears = ["ey.setting.read", "ey.setting.read.other", "ey.setting.list", "ey.setting.create", "ey.allocation.create"];
        string[] all = [.. socialCare, .. youth, .. education, .. earlyYears];

        // Social workers and their manager: their team's children only; nothing outside social care (no scope).
        foreach (var user in new[] { "sw.jones", "tm.patel" })
        {
            Row(user, "sc.referral.read.own", 200);
            Row(user, "sc.referral.read.other", 404);
            Row(user, "sc.referral.list", 200);
            Row(user, "sc.note.read", 200);
            Row(user, "sc.note.list", 200);
            Row(user, "sc.note.create.own", 201);
            Row(user, "sc.note.create.other", 404);
            foreach (var probe in all.Except(socialCare))
            {
                Row(user, probe, 403);
            }
        }

        // Education staff: any pupil in the county; nothing else.
        foreach (var user in new[] { "ewo.smith", "sen.khan" })
        {
            Row(user, "edu.pupil.read", 200);
            Row(user, "edu.pupil.list", 200);
            Row(user, "edu.pupil.create", 201);
            foreach (var probe in all.Except(education))
            {
                Row(user, probe, 403);
            }
        }

        // A YOT officer: the team's cases, AssetPlus risk for their own caseload (this child is allocated to
        // them); their team manager: the team's cases, risk included.
        foreach (var user in new[] { "yot.brown", "ytm.green" })
        {
            Row(user, "yot.outcome.read", 200);
            Row(user, "yot.outcome.list", 200);
            Row(user, "yot.risk.read", 200);
            Row(user, "yot.risk.list", 200);
            Row(user, "yot.outcome.create", 201);
            foreach (var probe in all.Except(youth))
            {
                Row(user, probe, 403);
            }
        }

        // An early years practitioner and her team manager: their team's children (this child is allocated to the
        // practitioner), not one nobody in the team holds; only the manager allocates.
        foreach (var user in new[] { "ey.wilson", "eytm.clarke" })
        {
            Row(user, "ey.setting.read", 200);
            Row(user, "ey.setting.read.other", 404);
            Row(user, "ey.setting.list", 200);
            Row(user, "ey.setting.create", 201);
            foreach (var probe in all.Except(earlyYears))
            {
                Row(user, probe, 403);
            }
        }

        Row("ey.wilson", "ey.allocation.create", 403);
        Row("eytm.clarke", "ey.allocation.create", 201);

        // MASH reads every service's records for any child, except case notes and AssetPlus risk; writes nothing.
        foreach (var probe in new[] { "sc.referral.read.own", "sc.referral.read.other", "sc.referral.list", "yot.outcome.read", "yot.outcome.list", "edu.pupil.read", "edu.pupil.list", "ey.setting.read", "ey.setting.read.other", "ey.setting.list" })
        {
            Row("mash.taylor", probe, 200);
        }

        Row("mash.taylor", "sc.note.read", 404);
        Row("mash.taylor", "sc.note.list", 403);
        Row("mash.taylor", "yot.risk.read", 404);
        Row("mash.taylor", "yot.risk.list", 403);
        foreach (var probe in new[] { "sc.note.create.own", "sc.note.create.other", "yot.outcome.create", "edu.pupil.create", "ey.setting.create", "ey.allocation.create" })
        {
            Row("mash.taylor", probe, 403);
        }

        // The DPO holds the services' read scopes (to verify their audit logs), the system administrator every
        // scope, but the policy gives neither any child's records.
        foreach (var probe in all)
        {
            Row("dpo.evans", probe, probe.Contains(".read", StringComparison.Ordinal) ? 404 : 403);
            Row("admin", probe, probe.Contains(".read", StringComparison.Ordinal) ? 404 : 403);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public async Task Each_role_gets_what_the_rules_say(string user, string probe, int expected)
    {
        var world = await WorldAsync();
        var client = await UserAsync(user);

        using var response = await SendAsync(client, world, probe);

        Assert.True(expected == (int)response.StatusCode, $"{user} {probe}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, World w, string probe) => probe switch
    {
        "sc.referral.read.own" => client.GetAsync($"/api/socialcare/referrals/{w.NorthReferral}"),
        "sc.referral.read.other" => client.GetAsync($"/api/socialcare/referrals/{w.SouthReferral}"),
        "sc.referral.list" => client.GetAsync($"/api/socialcare/referrals?localId={w.NorthLocalId}"),
        "sc.note.read" => client.GetAsync($"/api/socialcare/case-notes/{w.NorthNote}"),
        "sc.note.list" => client.GetAsync($"/api/socialcare/case-notes?localId={w.NorthLocalId}"),
        "sc.note.create.own" => client.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(w.NorthChild)),
        "sc.note.create.other" => client.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(w.SouthChild)),
        "yot.outcome.read" => client.GetAsync($"/api/youthoffending/offence-outcomes/{w.Outcome}"),
        "yot.outcome.list" => client.GetAsync($"/api/youthoffending/offence-outcomes?localId={w.YouthLocalId}"),
        "yot.risk.read" => client.GetAsync($"/api/youthoffending/assetplus-assessments/{w.Risk}"),
        "yot.risk.list" => client.GetAsync($"/api/youthoffending/assetplus-assessments?localId={w.YouthLocalId}"),
        "yot.outcome.create" => client.PostAsJsonAsync("/api/youthoffending/offence-outcomes", new
        {
            child = w.YouthChild, offenceDate = "2026-06-02", offenceType = "Theft", gravityScore = 2, outcome = "youth-caution", outcomeDate = "2026-06-22",
        }),
        "edu.pupil.read" => client.GetAsync($"/api/education/pupils/{w.Pupil}"),
        "edu.pupil.list" => client.GetAsync($"/api/education/pupils?localId={w.PupilLocalId}"),
        "edu.pupil.create" => client.PostAsJsonAsync("/api/education/pupils", new { child = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn()) }),
        "ey.setting.read" => client.GetAsync($"/api/earlyyears/setting-registrations/{w.Setting}"),
        "ey.setting.list" => client.GetAsync($"/api/earlyyears/setting-registrations?localId={w.EarlyLocalId}"),
        "ey.setting.read.other" => client.GetAsync($"/api/earlyyears/setting-registrations/{w.OtherSetting}"),
        "ey.setting.create" => client.PostAsJsonAsync("/api/earlyyears/setting-registrations", PipelineClients.Setting(w.EarlyChild)),
        "ey.allocation.create" => client.PostAsJsonAsync(
            "/api/earlyyears/allocations", new { child = w.EarlyChild, practitionerId = "ey.wilson", teamCode = "early-help-north", fromDate = "2026-09-02" }),
        _ => throw new ArgumentOutOfRangeException(nameof(probe), probe, null),
    };

    private async Task<HttpClient> UserAsync(string user)
    {
        if (!Users.TryGetValue(user, out var client))
        {
            client = Users.GetOrAdd(user, await new PipelineClients(platform).UserAsync(user));
        }

        return client;
    }

    private async Task<World> WorldAsync()
    {
        await WorldLock.WaitAsync();
        try
        {
            return _world ??= await BuildAsync();
        }
        finally
        {
            WorldLock.Release();
        }
    }

    private async Task<World> BuildAsync()
    {
        var clients = new PipelineClients(platform);
        var (north, northLocalId, northReferral) = await clients.SocialCareChildAsync("north-cin");
        var (south, _, southReferral) = await clients.SocialCareChildAsync("south-cin");
        using var socialCare = await clients.ServiceAsync(ApiResources.SocialCare);
        var note = await PipelineClients.CreateAsync(socialCare, "/api/socialcare/case-notes", PipelineClients.CaseNote(north));
        var (youth, youthLocalId, outcome) = await clients.YouthChildAsync("yot-east", "yot.brown");
        using var yot = await clients.ServiceAsync(ApiResources.YouthOffending);
        var risk = await PipelineClients.CreateAsync(yot, "/api/youthoffending/assetplus-assessments", PipelineClients.AssetPlus(youth));
        using var education = await clients.ServiceAsync(ApiResources.Education);
        var pupilChild = TestIdentifiers.Child(upn: TestIdentifiers.NewUpn());
        var pupil = await PipelineClients.CreateAsync(education, "/api/education/pupils", new { child = pupilChild });
        var (early, earlyLocalId, setting) = await clients.EarlyYearsChildAsync("early-help-north", "ey.wilson");
        var (_, _, otherSetting) = await clients.UnallocatedEarlyYearsChildAsync();
        return new World(
            north, northLocalId, northReferral, note, south, southReferral, youth, youthLocalId, outcome, risk,
            PipelineClients.LocalIdOf(pupilChild), pupil, early, earlyLocalId, setting, otherSetting);
    }
}
