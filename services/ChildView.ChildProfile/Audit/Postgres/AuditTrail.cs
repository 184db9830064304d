using ChildView.ChildProfile.Access;
using Npgsql;

namespace ChildView.ChildProfile.Audit.Postgres;

/// <summary>What one access was: recorded as the caller, inside the same transaction as the read it describes.</summary>
public sealed record AuditEntry(string Action, Guid? ChildId, IEnumerable<string> Sections, string Outcome, string? Purpose, string? ClientAddress)
{
    /// <summary>Every child a search or list returned, so "who accessed this child" finds it.</summary>
    public IReadOnlyList<Guid> ChildrenReturned { get; init; } = [];
}

public static class AuditTrail
{
    /// <summary>Appends inside a <see cref="Access.Postgres.ProfileReadSession"/>: the job role may insert audit rows and do nothing else with them.</summary>
    public static async Task AppendAsync(NpgsqlConnection connection, ProfileCaller caller, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(AuditSql.InsertStatement, connection);
        insert.Parameters.AddWithValue("user", caller.UserName);
        insert.Parameters.AddWithValue("role", caller.Role);
        insert.Parameters.AddWithValue("teams", string.Join(',', caller.Teams));
        insert.Parameters.AddWithValue("child", (object?)entry.ChildId ?? DBNull.Value);
        insert.Parameters.AddWithValue("children", entry.ChildrenReturned.ToArray());
        insert.Parameters.AddWithValue("action", entry.Action);
        insert.Parameters.AddWithValue("sections", string.Join(',', entry.Sections));
        insert.Parameters.AddWithValue("purpose", (object?)entry.Purpose ?? DBNull.Value);
        insert.Parameters.AddWithValue("outcome", entry.Outcome);
        insert.Parameters.AddWithValue("address", (object?)entry.ClientAddress ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
