using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Access.Postgres;

/// <summary>
/// Every profile read runs here: one transaction on the read login, which takes the caller's job
/// role (SET LOCAL ROLE, so it cannot leak to the pooled connection's next user) and states who the
/// caller is for the row policies, signed (<see cref="CallerProof"/>). The login alone can read nothing.
/// </summary>
public sealed class ProfileReadSession(NpgsqlDataSource readerDataSource, CallerProof proof)
{
    public async Task<T> RunAsync<T>(ProfileCaller caller, Func<NpgsqlConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Current.Roles.Contains(caller.Role))
        {
            // A role name cannot be a parameter; only names from the policy ever reach the SQL.
            throw new InvalidOperationException($"'{caller.Role}' is not a role of the access policy.");
        }

        await using var connection = await readerDataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await proof.StateAsync(connection, transaction, caller, cancellationToken);

        var result = await read(connection);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The read login's connection string: the profile database's, with the read login's credentials.</summary>
    public static NpgsqlDataSource CreateDataSource(string profileConnectionString, ProfileReaderOptions reader) =>
        NpgsqlDataSource.Create(RowPolicyConnection.Prepared(new NpgsqlConnectionStringBuilder(profileConnectionString)
        {
            Username = ProfileAccessSql.ReaderLogin,
            Password = reader.Password,
        }));
}
