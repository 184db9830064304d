using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.Identity.Users;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>
/// The audit log is tamper-evident: editing, deleting or reordering a row — even by the database
/// owner with the append-only triggers switched off — breaks the keyed chain, and verification says where.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditChainTests(PlatformFixture platform)
{
    private readonly ProfileDatabase _db = new(platform);

    private readonly AuditTamper _tamper = AuditTamper.Profile(platform);

    private Task<JsonElement> VerifyAsync() => _tamper.VerifyAsync();

    private Task AsOwnerWithoutTriggersAsync(string tamper) => _tamper.AsOwnerWithoutTriggersAsync(tamper);

    private Task<long[]> LastSeqsAsync(int count) => _tamper.LastSeqsAsync(count);

    [Fact]
    public async Task The_owner_itself_cannot_update_or_delete_while_the_triggers_stand()
    {
        await VerifyAsync(); // itself an audited access, so the log has a row to attack
        await using var owner = await _db.OwnerAsync();

        await using var update = new NpgsqlCommand("UPDATE audit_events SET outcome = 'x'", owner);
        await using var delete = new NpgsqlCommand("DELETE FROM audit_events", owner);

        Assert.Equal("42501", (await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).SqlState);
        Assert.Equal("42501", (await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync())).SqlState);
    }

    [Fact]
    public async Task Editing_deleting_or_reordering_a_row_is_detected_and_undoing_it_restores_the_chain()
    {
        // Enough accesses to tamper in the middle of the chain.
        for (var i = 0; i < 4; i++)
        {
            await VerifyAsync();
        }

        var seqs = await LastSeqsAsync(3);
        await _tamper.ChainedThroughAsync(seqs[2]);
        var intact = await VerifyAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean(), intact.ToString());
        var (first, middle) = (seqs[0], seqs[1]);

        await AsOwnerWithoutTriggersAsync($"UPDATE audit_events SET outcome = 'allowed (edited)' WHERE seq = {middle}");
        var edited = await VerifyAsync();
        await AsOwnerWithoutTriggersAsync($"UPDATE audit_events SET outcome = (SELECT outcome FROM audit_events WHERE seq = {first}) WHERE seq = {middle}");

        Assert.False(edited.GetProperty("intact").GetBoolean());
        Assert.Equal(middle, edited.GetProperty("firstBrokenSeq").GetInt64());
        Assert.Contains("edited", edited.GetProperty("problem").GetString(), StringComparison.Ordinal);

        await AsOwnerWithoutTriggersAsync($"DROP TABLE IF EXISTS audit_tamper_kept; CREATE TABLE audit_tamper_kept AS SELECT * FROM audit_events WHERE seq = {middle}; DELETE FROM audit_events WHERE seq = {middle}");
        var deleted = await VerifyAsync();
        await AsOwnerWithoutTriggersAsync("INSERT INTO audit_events SELECT * FROM audit_tamper_kept; DROP TABLE audit_tamper_kept");
        Assert.False(deleted.GetProperty("intact").GetBoolean());
        Assert.Contains("deleted", deleted.GetProperty("problem").GetString(), StringComparison.Ordinal);

        await AsOwnerWithoutTriggersAsync(
            $"UPDATE audit_events SET seq = -1 WHERE seq = {first}; UPDATE audit_events SET seq = {first} WHERE seq = {seqs[2]}; UPDATE audit_events SET seq = {seqs[2]} WHERE seq = -1");
        var reordered = await VerifyAsync();
        await AsOwnerWithoutTriggersAsync(
            $"UPDATE audit_events SET seq = -1 WHERE seq = {first}; UPDATE audit_events SET seq = {first} WHERE seq = {seqs[2]}; UPDATE audit_events SET seq = {seqs[2]} WHERE seq = -1");
        Assert.False(reordered.GetProperty("intact").GetBoolean());

        var restored = await VerifyAsync();
        Assert.True(restored.GetProperty("intact").GetBoolean(), restored.ToString());
    }
}
