using Npgsql;

namespace ChildView.Testing;

/// <summary>The profile's copy of one service record, as its table holds it.</summary>
public sealed record HeldRecord(string RecordType, long Version, string State, string Summary);

/// <summary>Waits on the profile's copies of service records, read straight from its table.</summary>
public sealed class ProfileRecords(PlatformHost platform)
{
    /// <summary>
    /// Waits until the profile holds the record at <paramref name="version"/> or a later one and returns it,
    /// so the caller can require exactly that version and state (a version that overtook the expected one
    /// fails there, with both numbers). A timeout says what the profile held last and what sits in its
    /// error queues.
    /// </summary>
    public async Task<HeldRecord> AtLeastAsync(string source, Guid recordId, long version)
    {
        HeldRecord? last = null;
        return await Poll.UntilAsync(
            async () => (last = await ReadAsync(source, recordId)) is { } held && held.Version >= version ? held : null,
            ProfileReader.Deadline,
            $"{source} record {recordId} at version {version} in the profile",
            async () => $"{(last is null ? "the record not in the profile" : $"{last.RecordType} at version {last.Version} ({last.State})")}; {await platform.ProfileErrorQueuesAsync()}");
    }

    public async Task<HeldRecord?> ReadAsync(string source, Guid recordId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand(
            "SELECT record_type, entity_version, state, summary FROM service_records WHERE source_system = @source AND record_id = @id", db);
        query.Parameters.AddWithValue("source", source);
        query.Parameters.AddWithValue("id", recordId);
        await using var reader = await query.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new HeldRecord(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)) : null;
    }
}
