using ChildView.ChildProfile.Access.Postgres;
using ChildView.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>Direct access to the profile database: as its owner to arrange facts, and as the read login in a job role to try what the application would.</summary>
internal sealed class ProfileDatabase(PlatformFixture platform)
{
    public async Task<NpgsqlConnection> OwnerAsync() => await platform.OpenDatabaseAsync("profile");

    /// <summary>The application's read login, with no role taken yet.</summary>
    public async Task<NpgsqlConnection> ReaderAsync()
    {
        var password = platform.Profile.Services.GetRequiredService<IConfiguration>()["Profile:ReaderPassword"];
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(platform.Infrastructure.Database("profile"))
        {
            Username = ProfileAccessSql.ReaderLogin,
            Password = password,
        }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A transaction on the read login acting as <paramref name="role"/> for <paramref name="userName"/>.</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> AsRoleAsync(string role, string userName = "someone", string teams = "")
    {
        var connection = await ReaderAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var become = new NpgsqlCommand(
            $"SET LOCAL ROLE {ProfileAccessSql.DbRole(role)}; SELECT set_config('app.user_name', @u, true), set_config('app.teams', @t, true)", connection, transaction);
        become.Parameters.AddWithValue("u", userName);
        become.Parameters.AddWithValue("t", teams);
        await become.ExecuteNonQueryAsync();
        return (connection, transaction);
    }

    public async Task ExecuteAsOwnerAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OwnerAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    public Task AllocateAsync(Guid childId, string worker, string team) => ExecuteAsOwnerAsync(
        "INSERT INTO allocations (source_system, allocation_id, child_id, worker_user_name, team, active, entity_version) VALUES ('socialcare', @id, @child, @worker, @team, true, 1)",
        ("id", Guid.NewGuid()), ("child", childId), ("worker", worker), ("team", team));

    public static async Task<PostgresException> RefusedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
