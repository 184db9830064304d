using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChildView.ServiceKit.Configuration;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// States the caller to the database in a form the session cannot forge: user, database role and teams
/// with an expiry, bound to this backend's process id and signed with a key (a <c>…CallerProofKey</c>
/// or <c>…KeyFile</c> setting) that only the database owner's table holds. The row policies believe the
/// caller only while <c>cv_caller_verified()</c> accepts the signature, so settings typed by hand,
/// a proof copied from another backend or one past its expiry reveal nothing.
/// </summary>
public sealed class CallerProof(byte[] key, TimeProvider clock)
{
    /// <summary>Longer than any request's transaction, short enough that a leaked proof is soon useless.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public byte[] Key => key;

    /// <summary>The key from <paramref name="setting"/> (e.g. <c>Profile:CallerProofKey</c>) or its <c>…File</c>, at least 32 characters.</summary>
    public static CallerProof From(IConfiguration configuration, string setting, TimeProvider clock) =>
        new(Encoding.UTF8.GetBytes(SecretSetting.Require(configuration, setting, 32)), clock);

    /// <summary>Takes the caller's database role for this transaction and states who they are, signed for this backend.</summary>
    public async Task StateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DatabaseCaller caller, CancellationToken cancellationToken, DateTimeOffset? expires = null)
    {
        var teams = string.Join(',', caller.Teams.Select(t => t.Trim().ToLowerInvariant()));
        var expiry = (expires ?? clock.GetUtcNow().Add(Lifetime)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var become = new NpgsqlCommand(
            $"""
            SET LOCAL ROLE {caller.DbRole};
            SELECT set_config('app.caller_user', @user, true), set_config('app.caller_teams', @teams, true),
                   set_config('app.caller_expires', @expires, true), set_config('app.caller_proof', @proof, true)
            """,
            connection,
            transaction);
        become.Parameters.AddWithValue("user", caller.UserName);
        become.Parameters.AddWithValue("teams", teams);
        become.Parameters.AddWithValue("expires", expiry);
        become.Parameters.AddWithValue("proof", Sign(connection.ProcessID, caller.UserName, caller.DbRole, teams, expiry));
        await become.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The same message <c>cv_caller_verified()</c> rebuilds: each field length-prefixed, so no two callers encode alike.</summary>
    public string Sign(int backendPid, string user, string dbRole, string teams, string expires)
    {
        var message = new StringBuilder();
        foreach (var field in new[] { backendPid.ToString(CultureInfo.InvariantCulture), user, dbRole, teams, expires })
        {
            message.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message.ToString())));
    }
}
