using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The read login keeps statements prepared across pooled uses. A plan prepared while one caller
/// used the backend must never answer for the next: the row policies are evaluated for whoever
/// holds the connection now, whatever role or team the statement was first planned for.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PreparedStatementIsolationTests(PlatformFixture platform)
{
    private const string Referrals = "SELECT count(*) FROM service_records WHERE child_id = @c AND record_type = 'referral'";
    private readonly ProfileDatabase _db = new(platform);
    private readonly BusProbe _bus = new(platform);

    [Fact]
    public async Task A_statement_prepared_for_one_team_answers_the_next_caller_by_their_own_rights()
    {
        var childId = await _db.ChildWithReferralAsync(_bus);
        await _db.AllocateAsync(childId, "sw.prepared", "prepared-north");
        var password = platform.Profile.Services.GetRequiredService<IConfiguration>()["Profile:ReaderPassword"]!;
        var oneBackend = new NpgsqlConnectionStringBuilder(platform.Infrastructure.Database("profile")) { MaxPoolSize = 1 }.ConnectionString;
        await using var readers = ProfileReadSession.CreateDataSource(oneBackend, new ProfileReaderOptions(password));
        var session = new ProfileReadSession(readers, _db.Proof);

        Task<(long Count, long Prepared)> ReadAs(ProfileCaller caller) => session.RunAsync(caller, async connection =>
        {
            var count = await ProfileDatabase.CountAsync(connection, null, Referrals, ("c", childId));
            var prepared = await ProfileDatabase.CountAsync(connection, null, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%record_type = ''referral''%'");
            return (count, prepared);
        }, CancellationToken.None);

        var member = new ProfileCaller("sw.prepared", "social-worker", ["prepared-north"]);
        for (var i = 0; i < 8; i++)
        {
            // Past PostgreSQL's five custom plans, so a generic plan is cached for this role.
            Assert.Equal(1, (await ReadAs(member)).Count);
        }

        var outsider = await ReadAs(new ProfileCaller("sw.elsewhere", "social-worker", ["prepared-south"]));
        Assert.True(outsider.Prepared > 0, "the statement should have been served prepared");
        Assert.Equal(0, outsider.Count);
        Assert.Equal(0, (await ReadAs(new ProfileCaller("ey.prepared", "early-years-practitioner", ["prepared-north"]))).Count);
        Assert.Equal(1, (await ReadAs(member)).Count);
    }
}
