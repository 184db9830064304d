using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildView.Contracts.Security;
using ChildView.IntegrationTests.Support;
using Npgsql;

namespace ChildView.IntegrationTests.Pipeline;

/// <summary>
/// Every read, list and write in a service is in its append-only audit log, allowed or refused; records
/// say who created and last changed them, from the token, and a case note's author is the caller.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditAndActorTests(PlatformFixture platform)
{
    private readonly PipelineClients _clients = new(platform);

    private async Task<List<(string Actor, string Action, string RecordType, Guid[] Ids, string[] Children, int Outcome)>> AuditFor(string service, string actor)
    {
        await using var db = await platform.OpenDatabaseAsync(service);
        await using var query = new NpgsqlCommand(
            "SELECT actor, action, record_type, record_ids, child_local_ids, outcome FROM audit_events WHERE actor = @actor ORDER BY id", db);
        query.Parameters.AddWithValue("actor", actor);
        await using var reader = await query.ExecuteReaderAsync();
        var rows = new List<(string, string, string, Guid[], string[], int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<Guid[]>(3), reader.GetFieldValue<string[]>(4), reader.GetInt32(5)));
        }

        return rows;
    }

    [Fact]
    public async Task Reads_lists_writes_and_refusals_are_audited_with_the_records_and_children()
    {
        var (child, localId, referral) = await _clients.SocialCareChildAsync("north-cin");
        using var patel = await _clients.UserAsync("tm.patel");
        using var mash = await _clients.UserAsync("mash.taylor");

        Assert.Equal(HttpStatusCode.OK, (await patel.GetAsync($"/api/socialcare/referrals/{referral}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await patel.GetAsync($"/api/socialcare/referrals?localId={localId}")).StatusCode);
        var note = await PipelineClients.CreateAsync(patel, "/api/socialcare/case-notes", PipelineClients.CaseNote(child));
        Assert.Equal(HttpStatusCode.NotFound, (await mash.GetAsync($"/api/socialcare/case-notes/{note}")).StatusCode);

        var patels = await AuditFor("socialcare", "tm.patel");
        var mashs = await AuditFor("socialcare", "mash.taylor");
        Assert.Contains(patels, r => r is { Action: "read", RecordType: "referral", Outcome: 200 } && r.Ids.SequenceEqual([referral]) && r.Children.SequenceEqual([localId]));
        Assert.Contains(patels, r => r is { Action: "list", RecordType: "referral", Outcome: 200 } && r.Ids.Contains(referral));
        Assert.Contains(patels, r => r is { Action: "create", RecordType: "case-note", Outcome: 201 } && r.Ids.SequenceEqual([note]));
        Assert.Contains(mashs, r => r is { Action: "read", RecordType: "case-note", Outcome: 404 } && r.Ids.SequenceEqual([note]));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        using var service = await _clients.ServiceAsync(ApiResources.Education);
        Assert.Equal(HttpStatusCode.BadRequest, (await service.GetAsync("/api/education/pupils?page=0")).StatusCode);
        await using var db = await platform.OpenDatabaseAsync("education");
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM audit_events WHERE actor = 'education-service' AND outcome = 400", db))
        {
            Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
        }

        foreach (var sql in new[] { "UPDATE audit_events SET actor = 'someone-else'", "DELETE FROM audit_events", "TRUNCATE audit_events" })
        {
            await using var command = new NpgsqlCommand(sql, db);
            await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        }
    }

    [Fact]
    public async Task A_record_names_who_created_and_changed_it_and_a_case_note_its_real_author()
    {
        var (child, _, referral) = await _clients.SocialCareChildAsync("north-cin");
        using var jones = await _clients.UserAsync("sw.jones");
        using var patel = await _clients.UserAsync("tm.patel");
        using var created = await jones.PostAsJsonAsync("/api/socialcare/case-notes", PipelineClients.CaseNote(child));
        var note = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/socialcare/case-notes/{note.GetProperty("id").GetGuid()}")
        {
            Content = JsonContent.Create(PipelineClients.CaseNote(child, "Corrected by the manager.")),
        };
        update.Headers.IfMatch.Add(created.Headers.ETag!);
        using var updated = await patel.SendAsync(update);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("sw.jones", note.GetProperty("author").GetString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("sw.jones", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("author").GetString());
        await using var db = await platform.OpenDatabaseAsync("socialcare");
        await using var query = new NpgsqlCommand("SELECT created_by, updated_by FROM case_notes WHERE id = @id", db);
        query.Parameters.AddWithValue("id", note.GetProperty("id").GetGuid());
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("sw.jones", reader.GetString(0));
        Assert.Equal("tm.patel", reader.GetString(1));
        await reader.DisposeAsync();
        await using var byService = new NpgsqlCommand("SELECT created_by FROM referrals WHERE id = @id", db);
        byService.Parameters.AddWithValue("id", referral);
        Assert.Equal("socialcare-service", (string?)await byService.ExecuteScalarAsync());
    }
}
