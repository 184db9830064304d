using ChildView.Contracts.Security;
using ChildView.Education;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using ChildView.Migration.Pipeline;
using ChildView.Testing;
using ChildView.ChildProfile.Profiles;

namespace ChildView.IntegrationTests.Migration;

/// <summary>Migrated records travel like any other: the service's relay publishes their outbox rows and the profile fills up.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MigratedChildReachesProfileTests(PlatformFixture platform) : IDisposable
{
    private readonly MigrationWorkspace _workspace = new();

    [Fact]
    public async Task A_migrated_pupil_appears_in_the_profile()
    {
        var upn = TestIdentifiers.NewUpn();
        var input = _workspace.WriteCsv("pupil.csv",
            "Adno,Forename,Surname,DOB,Gender,UPN,FormerUPN,UPNReason,NHSNo,Addr1,Town,Postcode",
            $"M1,Grace,Hopper,09/12/2013,2,{upn},,,,,Buxton,SK17 6XY");
        var mapping = MigrationWorkspace.Sample("legacy-sims-pupils.yaml", MigrationWorkspace.UniqueSource("sims"));

        var result = await new MigrationRunner(_workspace.Options(input, mapping, platform.Infrastructure.Database(EducationApi.DatabaseName.Replace("db", "", StringComparison.Ordinal)))).RunAsync();

        Assert.Equal(1, result.Reconciliation.Inserted);
        var reader = new ProfileReader(platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope)), platform);
        var education = platform.Infrastructure.Database(EducationApi.DatabaseName.Replace("db", "", StringComparison.Ordinal));
        ProfileResponse profile;
        try
        {
            profile = await reader.WaitForAsync($"upn={upn}", p => p.Records.Any(r => r.RecordType == "pupil"));
        }
        catch (TimeoutException timeout)
        {
            var outbox = await ServiceDatabase.RowsAsync(education, "SELECT sent_at, attempts, last_error FROM outbox_messages WHERE payload LIKE '%' || @upn || '%'", ("upn", upn));
            throw new TimeoutException($"{timeout.Message} Outbox row (sent_at|attempts|last_error): {string.Join("; ", outbox)}", timeout);
        }

        Assert.Equal(("Grace", "Hopper"), (profile.GivenName, profile.FamilyName));
        Assert.Equal(["education"], profile.ServicesInvolved);
    }

    public void Dispose() => _workspace.Dispose();
}
