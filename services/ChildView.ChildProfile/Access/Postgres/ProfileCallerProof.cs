using ChildView.ServiceKit.Access.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Access.Postgres;

/// <summary>The profile's caller stated through the shared <see cref="CallerProof"/>, in the database role of their job role.</summary>
public static class ProfileCallerProof
{
    /// <summary>The profile's key setting (or <c>…File</c>).</summary>
    public const string KeySetting = "Profile:CallerProofKey";

    public static Task StateAsync(this CallerProof proof, NpgsqlConnection connection, NpgsqlTransaction transaction, ProfileCaller caller, CancellationToken cancellationToken, DateTimeOffset? expires = null) =>
        proof.StateAsync(connection, transaction, new DatabaseCaller(ProfileAccessSql.DbRole(caller.Role), caller.UserName, caller.Teams), cancellationToken, expires);
}
