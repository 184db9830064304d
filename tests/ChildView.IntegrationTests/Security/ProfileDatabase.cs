using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.IntegrationTests.Delivery;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using ChildView.ServiceKit.Access.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Security;

/// <summary>Direct access to the profile database: as its owner to arrange facts, and as the read login in a job role to try what the application would.</summary>
internal sealed class ProfileDatabase(PlatformFixture platform)
{
    public async Task<NpgsqlConnection> OwnerAsync() => await platform.OpenDatabaseAsync("profile");

    /// <summary>The application's signer of callers, as the profile service holds it.</summary>
    public CallerProof Proof => platform.Profile.Services.GetRequiredService<CallerProof>();

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

    /// <summary>A transaction on the read login acting as <paramref name="role"/> for <paramref name="userName"/>, stated as the application states it (signed).</summary>
    public async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> AsRoleAsync(string role, string userName = "someone", string teams = "", DateTimeOffset? expires = null)
    {
        var connection = await ReaderAsync();
        var transaction = await connection.BeginTransactionAsync();
        await Proof.StateAsync(connection, transaction, new ProfileCaller(userName, role, teams.Split(',', StringSplitOptions.RemoveEmptyEntries)), CancellationToken.None, expires);
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

    /// <summary>A child in the profile with an Education pupil record (through the bus) and a social care referral; returns the child's id.</summary>
    public async Task<Guid> ChildWithReferralAsync(BusProbe bus)
    {
        var pupilId = Guid.NewGuid();
        await bus.PublishAsync(BusProbe.Pupil(pupilId, 1, "Access", upn: TestIdentifiers.NewUpn()));
        await Poll.UntilAsync(async () => await bus.RecordVersionAsync(pupilId) == 1, TimeSpan.FromSeconds(30), "the pupil in the profile");
        await using var owner = await OwnerAsync();
        await using var find = new NpgsqlCommand("SELECT child_id FROM service_records WHERE record_id = @id", owner);
        find.Parameters.AddWithValue("id", pupilId);
        var childId = (Guid)(await find.ExecuteScalarAsync())!;
        await ExecuteAsOwnerAsync(
            "INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, state, updated_at) VALUES ('socialcare', 'referral', @r, @c, 1, 'Referral', 'Open', now())",
            ("r", Guid.NewGuid()), ("c", childId));
        return childId;
    }

    public Task AllocateAsync(Guid childId, string worker, string team) => ExecuteAsOwnerAsync(
        "INSERT INTO allocations (source_system, allocation_id, child_id, worker_user_name, team, active, entity_version) VALUES ('socialcare', @id, @child, @worker, @team, true, 1)",
        ("id", Guid.NewGuid()), ("child", childId), ("worker", worker), ("team", team));

    public async Task<long> CountAsOwnerAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OwnerAsync();
        return await CountAsync(connection, null, sql, parameters);
    }

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
