using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;

namespace ChildView.IntegrationTests.Domains;

/// <summary>
/// Early years' record types end to end through the gateway (driven by <see cref="DomainRecordDriver"/>):
/// every change is answered with its ETag and reaches the profile at its version and state.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EarlyYearsDomainTests(PlatformFixture platform)
{
    private const string Api = "/api/earlyyears";

    private async Task<HttpClient> EarlyYearsAsync() =>
        platform.GatewayClient(await platform.ServiceTokenAsync("earlyyears-service", [.. ApiResources.EarlyYears.Scopes]));

    private static object NewChild(string localId, string dateOfBirth) => new
    {
        localId,
        givenName = "Noah",
        familyName = "Domain",
        dateOfBirth,
        sex = "M",
        nhsNumber = TestIdentifiers.NewNhsNumber(),
    };

    private static string NewLocalId() => $"EY-{Guid.NewGuid():N}"[..24];

    private DomainRecordDriver Driver(HttpClient client, string records, string recordType) => new(platform, client, Api, records, "earlyyears", recordType);

    [Fact]
    public async Task A_setting_registration_is_registered_corrected_ended_and_deleted()
    {
        var child = NewChild(NewLocalId(), "2023-02-02");
        var urn = $"{Random.Shared.Next(1_000_000, 9_999_999)}";
        var record = Driver(await EarlyYearsAsync(), "setting-registrations", "setting-registration");

        await record.RejectsCreateAsync(new { child, providerUrn = "EY12", settingName = "Little Acorns", startDate = "2025-09-01" }, "providerUrn");
        await record.CreateAsync(new { child, providerUrn = $"EY{urn}", settingName = "Little Acorns", startDate = "2025-09-01" });
        await record.ListsAsync($"providerUrn=ey{urn}&activeOn=2025-10-01", 1);
        await record.ListsAsync($"providerUrn={urn}&activeOn=2025-08-31", 0);

        await record.UpdateAsync(new { child, providerUrn = urn, settingName = "Little Acorns Nursery", startDate = "2025-09-01" });
        await record.RejectsUpdateAsync(new { child, providerUrn = urn, settingName = "Little Acorns Nursery", startDate = "2025-09-01", endDate = "2025-08-01" }, "endDate");
        await record.RejectsCloseAsync(new { endDate = "2025-08-31" }, "endDate");
        var closed = await record.CloseAsync(new { endDate = "2026-07-20" });
        Assert.Equal("2026-07-20", closed.GetProperty("endDate").GetString());
        Assert.Contains("Little Acorns Nursery", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
        await record.ListsAsync($"providerUrn={urn}", 0);
    }

    [Fact]
    public async Task A_two_year_old_entitlement_needs_a_basis_and_starts_the_term_after_the_birthday()
    {
        // 2nd birthday 10 March 2026: funded from 1 April 2026.
        var localId = NewLocalId();
        var child = NewChild(localId, "2024-03-10");
        var record = Driver(await EarlyYearsAsync(), "funded-entitlements", "funded-entitlement");

        await record.RejectsCreateAsync(new { child, entitlementType = "two-year-old", startDate = "2026-04-01" }, "basis");
        await record.RejectsCreateAsync(new { child, entitlementType = "two-year-old", basis = "ECO", startDate = "2026-03-31" }, "startDate");
        await record.RejectsCreateAsync(new { child, entitlementType = "universal-15-hours", startDate = "2026-04-01" }, "startDate");
        var created = await record.CreateAsync(new { child, entitlementType = "two-year-old", basis = "ECO", startDate = "2026-04-01" });
        Assert.Equal(15, created.GetProperty("hoursPerWeek").GetInt32());
        await record.ListsAsync($"localId={localId}&entitlementType=two-year-old&activeOn=2026-06-01", 1);

        await record.UpdateAsync(new { child, entitlementType = "two-year-old", basis = "HSD", startDate = "2026-04-01" });
        await record.RejectsUpdateAsync(new { child, entitlementType = "two-year-old", basis = "XYZ", startDate = "2026-04-01" }, "basis");
        await record.CloseAsync(new { endDate = "2026-08-31" });
        Assert.Contains("basis HSD", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task Extended_hours_need_an_eligibility_code_and_a_three_year_old()
    {
        // 3rd birthday 10 March 2026: funded from 1 April 2026.
        var child = NewChild(NewLocalId(), "2023-03-10");
        var record = Driver(await EarlyYearsAsync(), "funded-entitlements", "funded-entitlement");

        await record.RejectsCreateAsync(new { child, entitlementType = "extended-30-hours", startDate = "2026-04-01" }, "eligibilityCode");
        await record.RejectsCreateAsync(new { child, entitlementType = "extended-30-hours", eligibilityCode = "123", startDate = "2026-04-01" }, "eligibilityCode");
        var created = await record.CreateAsync(new { child, entitlementType = "extended-30-hours", eligibilityCode = "50012345678", startDate = "2026-04-01" });
        Assert.Equal(30, created.GetProperty("hoursPerWeek").GetInt32());

        var universal = await record.UpdateAsync(new { child, entitlementType = "universal-15-hours", startDate = "2026-04-01" });
        Assert.Equal(15, universal.GetProperty("hoursPerWeek").GetInt32());
        Assert.Contains("universal-15-hours, 15 hours a week", await record.ProfileSummaryAsync(), StringComparison.Ordinal);
        await record.DeleteAsync();
    }

    [Fact]
    public async Task An_early_help_episode_opens_only_with_consent_and_closes_with_a_typed_outcome()
    {
        var localId = NewLocalId();
        var child = NewChild(localId, "2022-05-05");
        var record = Driver(await EarlyYearsAsync(), "early-help-episodes", "early-help-episode");

        await record.RejectsCreateAsync(new { child, assessmentDate = "2026-10-01", consentRecorded = false, consentDate = "2026-09-28", leadPractitioner = "Priya Shah" }, "consentRecorded");
        await record.CreateAsync(new { child, assessmentDate = "2026-10-01", consentRecorded = true, consentDate = "2026-09-28", leadPractitioner = "Priya Shah" });
        await record.ListsAsync($"localId={localId}&leadPractitioner=Priya Shah", 1);
        await record.RejectsListAsync("closureOutcome=finished");

        await record.UpdateAsync(new { child, assessmentDate = "2026-10-01", consentRecorded = true, consentDate = "2026-09-28", leadPractitioner = "Priya Shah", leadAgency = "Family Hub", tafPlanDate = "2026-10-20" });
        await record.RejectsUpdateAsync(new { child, assessmentDate = "2026-10-01", consentRecorded = true, consentDate = "2026-10-02", leadPractitioner = "Priya Shah" }, "consentDate");
        await record.RejectsCloseAsync(new { closureDate = "2026-11-01", outcome = "finished" }, "outcome");
        await record.RejectsCloseAsync(new { closureDate = "2026-10-19", outcome = "needs-met" }, "closureDate");
        var closed = await record.CloseAsync(new { closureDate = "2026-11-01", outcome = "stepped-up-to-social-care" });
        Assert.Equal("stepped-up-to-social-care", closed.GetProperty("closureOutcome").GetString());
        await record.ListsAsync($"localId={localId}&closureOutcome=stepped-up-to-social-care&state=Closed", 1);
        Assert.Contains("closed: stepped-up-to-social-care", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task A_two_year_developmental_check_is_recorded_corrected_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId, "2024-05-10");
        var record = Driver(await EarlyYearsAsync(), "developmental-checks", "developmental-check");
        var areas = new { communication = "on-track", grossMotor = "on-track", fineMotor = "not-on-track", problemSolving = "on-track", personalSocial = "on-track" };

        await record.RejectsCreateAsync(new { child, checkDate = "2026-05-09", areas.communication, areas.grossMotor, areas.fineMotor, areas.problemSolving, areas.personalSocial }, "checkDate");
        await record.RejectsCreateAsync(new { child, checkDate = "2026-06-01", communication = "delayed", areas.grossMotor, areas.fineMotor, areas.problemSolving, areas.personalSocial }, "communication");
        var created = await record.CreateAsync(new { child, checkDate = "2026-06-01", areas.communication, areas.grossMotor, areas.fineMotor, areas.problemSolving, areas.personalSocial });
        Assert.False(created.GetProperty("allOnTrack").GetBoolean());
        await record.ListsAsync($"localId={localId}&checkedFrom=2026-06-01&checkedTo=2026-06-30", 1);
        await record.RejectsListAsync("checkedFrom=2026-07-01&checkedTo=2026-06-01");

        var corrected = await record.UpdateAsync(new { child, checkDate = "2026-06-01", areas.communication, areas.grossMotor, fineMotor = "on-track", areas.problemSolving, areas.personalSocial });
        Assert.True(corrected.GetProperty("allOnTrack").GetBoolean());
        await record.RejectsUpdateAsync(new { child, checkDate = "2099-06-01", areas.communication, areas.grossMotor, areas.fineMotor, areas.problemSolving, areas.personalSocial }, "checkDate");
        Assert.Contains("on track in every area", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Fact]
    public async Task A_person_around_the_child_is_recorded_corrected_and_deleted()
    {
        var localId = NewLocalId();
        var child = NewChild(localId, "2023-01-01");
        var record = Driver(await EarlyYearsAsync(), "family-members", "early-years-family-member");

        await record.RejectsCreateAsync(new { child, givenName = "Zoe", familyName = "Domain", relationship = "mother", hasParentalResponsibility = true }, "livesWithChild");
        await record.CreateAsync(new { child, givenName = "Zoe", familyName = "Domain", relationship = "mother", hasParentalResponsibility = true, livesWithChild = true });
        await record.ListsAsync($"localId={localId}&relationship=mother", 1);

        await record.UpdateAsync(new { child, givenName = "Zoe", familyName = "Domain", relationship = "special-guardian", hasParentalResponsibility = true, livesWithChild = true });
        await record.RejectsUpdateAsync(new { child, givenName = "Zoe", familyName = "Domain", relationship = "nan", hasParentalResponsibility = true, livesWithChild = true }, "relationship");
        Assert.StartsWith("special-guardian: Zoe Domain", await record.ProfileSummaryAsync(), StringComparison.Ordinal);

        await record.DeleteAsync();
    }

    [Theory]
    [InlineData("setting-registrations", "setting_registrations")]
    [InlineData("funded-entitlements", "funded_entitlements")]
    [InlineData("early-help-episodes", "early_help_episodes")]
    [InlineData("developmental-checks", "developmental_checks")]
    [InlineData("family-members", "early_years_family_members")]
    public async Task Every_record_type_can_be_republished_by_an_administrator_only(string records, string table)
    {
        using var ops = platform.GatewayClient(await platform.ServiceTokenAsync("childview-ops", ApiResources.EarlyYears.AdminScope!));
        using var earlyYears = await EarlyYearsAsync();
        await using var db = await platform.OpenDatabaseAsync("earlyyears");
        await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table}", db);
        var stored = (long)(await count.ExecuteScalarAsync())!;

        using var refused = await earlyYears.PostAsync($"{Api}/admin/republish/{records}", null);
        using var response = await ops.PostAsync($"{Api}/admin/republish/{records}", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(stored, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("republished").GetInt64());
    }

    [Fact]
    public async Task The_service_documents_every_endpoint_in_its_openapi_description()
    {
        using var http = new HttpClient { BaseAddress = platform.EarlyYears.BaseAddress };

        var document = await http.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/setting-registrations/{id}/close", out _), "/setting-registrations/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/funded-entitlements/{id}/close", out _), "/funded-entitlements/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/early-help-episodes/{id}/close", out _), "/early-help-episodes/{id}/close is not documented");
        Assert.True(paths.TryGetProperty("/developmental-checks/{id}", out _), "/developmental-checks/{id} is not documented");
        Assert.True(paths.TryGetProperty("/family-members/{id}", out _), "/family-members/{id} is not documented");
        Assert.True(paths.TryGetProperty("/admin/republish/funded-entitlements", out _), "/admin/republish/funded-entitlements is not documented");
    }

    [Fact]
    public async Task Reads_and_writes_of_unknown_records_are_404()
    {
        using var earlyYears = await EarlyYearsAsync();
        var id = Guid.NewGuid();

        foreach (var records in new[] { "setting-registrations", "funded-entitlements", "early-help-episodes", "developmental-checks", "family-members" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await earlyYears.GetAsync($"{Api}/{records}/{id}")).StatusCode);
            using var update = await earlyYears.PostWithCurrentVersionAsync($"{Api}/{records}/{id}/close", new { endDate = "2026-01-01", closureDate = "2026-01-01", outcome = "needs-met" });
            Assert.True(update.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{records}: {update.StatusCode}");
        }
    }
}
