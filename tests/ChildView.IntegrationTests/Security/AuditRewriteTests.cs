using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// Rewrites only the owner login can attempt: deleting rows and recomputing every later link (it
/// lacks the chain key), and deleting the newest rows with their chain entries (the anchor outside
/// the database still names them). And the chain stays gap-free under many parallel audited reads.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditRewriteTests(PlatformFixture platform)
{
    private readonly AuditTamper _tamper = AuditTamper.Profile(platform);

    private async Task<long> AccessesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _tamper.VerifyAsync();
        }

        return (await _tamper.LastSeqsAsync(1))[0];
    }

    [Fact]
    public async Task Deleting_rows_and_recomputing_the_later_hashes_is_detected()
    {
        await _tamper.ChainedThroughAsync(await AccessesAsync(6));
        await _tamper.RestoringAfterAsync(async () =>
        {
            await _tamper.DeleteRowsAndRelinkWithoutTheKeyAsync("outcome");

            var verification = await _tamper.VerifyAsync();
            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        });
    }

    [Fact]
    public async Task Deleting_the_newest_rows_with_their_chain_entries_is_caught_by_the_anchor()
    {
        var last = await AccessesAsync(3);
        await _tamper.ChainedThroughAsync(last);
        await _tamper.AnchoredThroughAsync(last);
        await _tamper.RestoringAfterAsync(async () =>
        {
            await _tamper.AsOwnerWithoutTriggersAsync(
                $"DELETE FROM audit_events WHERE seq >= {last - 1}; DELETE FROM audit_events_chain WHERE seq >= {last - 1}");

            var verification = await _tamper.VerifyAsync();
            Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
            Assert.Contains("no longer in the chain", verification.GetProperty("problem").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Many_parallel_audited_reads_make_a_gap_free_verified_chain()
    {
        using var mash = platform.GatewayClient(await platform.Tokens.UserTokenAsync("mash.taylor", DemoUsers.Password, ApiResources.Profile.ReadScope));
        var before = (await _tamper.LastSeqsAsync(1)).FirstOrDefault();
        await Parallel.ForEachAsync(Enumerable.Range(0, 80), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, cancellationToken) =>
        {
            using var response = await mash.GetAsync($"/api/profile/profiles/{Guid.NewGuid()}", cancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        });

        var last = (await _tamper.LastSeqsAsync(1))[0];
        Assert.True(last - before >= 80);
        await _tamper.ChainedThroughAsync(last);
        var verification = await _tamper.VerifyAsync();
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.True(verification.GetProperty("chainedRows").GetInt64() >= verification.GetProperty("rowsChecked").GetInt64() - verification.GetProperty("unchainedRows").GetInt64());
    }
}
