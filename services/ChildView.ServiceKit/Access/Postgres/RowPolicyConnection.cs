using Npgsql;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// Connection settings for the logins that read through row policies. Planning a statement with the
/// policies' relationship views costs more than executing a point read (make bench-rls), so repeated
/// statements are prepared automatically and kept across pooled uses. Safe across callers: PostgreSQL
/// re-plans a prepared statement that depends on row security whenever the current role differs from
/// the one it was planned for, and the caller's identity is read at execution, never planned in.
/// </summary>
public static class RowPolicyConnection
{
    private const int PreparedStatementsPerConnection = 64;

    public static string Prepared(NpgsqlConnectionStringBuilder connection)
    {
        connection.MaxAutoPrepare = PreparedStatementsPerConnection;
        connection.AutoPrepareMinUsages = 2;
        return connection.ConnectionString;
    }
}
