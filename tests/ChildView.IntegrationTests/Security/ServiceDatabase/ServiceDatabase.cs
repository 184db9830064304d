using ChildView.IntegrationTests.Support;
using ChildView.ServiceKit.Access.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Security.ServiceDatabase;

/// <summary>Direct access to a service's database: as its owner to look facts up, and as the API's request login in a generated role to try what the application would.</summary>
internal sealed class ServiceDatabase(PlatformFixture platform, string service)
{
    public string Service => service;

    public IServiceProvider Host => service switch
    {
        "education" => platform.Education.Services,
        "socialcare" => platform.SocialCare.Services,
        "youthoffending" => platform.YouthOffending.Services,
        "earlyyears" => platform.EarlyYears.Services,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a service"),
    };

    /// <summary>The service's signer of callers, as the API holds it.</summary>
    public CallerProof Proof => Host.GetRequiredService<CallerProof>();

    public string DbRole(string role) => ServiceAccessSql.DbRole(service, role);

    public async Task<NpgsqlConnection> OwnerAsync() => await platform.OpenDatabaseAsync(service);

    /// <summary>The API's request login, with no role taken yet.</summary>
    public async Task<NpgsqlConnection> LoginAsync()
    {
        var login = Host.GetRequiredService<ServiceDatabaseLogin>();
        var connection = new NpgsqlConnection(login.ConnectionString(platform.Infrastructure.Database(service)));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A transaction on the request login acting as <paramref name="role"/>, the caller stated as the API states it (signed).</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> AsRoleAsync(string role, string userName, string teams = "", DateTimeOffset? expires = null)
    {
        var connection = await LoginAsync();
        var transaction = await connection.BeginTransactionAsync();
        await Proof.StateAsync(connection, transaction, new DatabaseCaller(DbRole(role), userName, teams.Split(',', StringSplitOptions.RemoveEmptyEntries)), CancellationToken.None, expires);
        return (connection, transaction);
    }

    /// <summary>Runs <paramref name="work"/> in a signed transaction as <paramref name="role"/>, then closes it (uncommitted).</summary>
    public async Task<T> InRoleAsync<T>(string role, string userName, string teams, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, DateTimeOffset? expires = null)
    {
        var (connection, transaction) = await AsRoleAsync(role, userName, teams, expires);
        await using (connection)
        {
            return await work(connection, transaction);
        }
    }

    /// <summary>A transaction on the request login that took <paramref name="role"/> and typed the caller's settings by hand, unsigned.</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> AsRoleUnsignedAsync(string role, string userName, string teams)
    {
        var connection = await LoginAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var forge = new NpgsqlCommand(
            $"""
            SET LOCAL ROLE {DbRole(role)};
            SELECT set_config('app.caller_user', @user, true), set_config('app.caller_teams', @teams, true),
                   set_config('app.caller_expires', '9999999999', true), set_config('app.caller_proof', 'deadbeef', true);
            SET LOCAL app.teams = '{teams}'; SET LOCAL app.user_name = '{userName}';
            """,
            connection,
            transaction);
        forge.Parameters.AddWithValue("user", userName);
        forge.Parameters.AddWithValue("teams", teams);
        await forge.ExecuteNonQueryAsync();
        return (connection, transaction);
    }

    public async Task<T> ScalarAsOwnerAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OwnerAsync();
        return await ScalarAsync<T>(connection, null, sql, parameters);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The database's refusal of <paramref name="sql"/> (the test fails if it is allowed).</summary>
    public static async Task<PostgresException> RefusedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
