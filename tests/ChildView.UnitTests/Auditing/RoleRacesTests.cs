using ChildView.ServiceKit.Auditing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChildView.UnitTests.Auditing;

public sealed class RoleRacesTests
{
    private static PostgresException Error(string sqlState) => new("boom", "ERROR", "ERROR", sqlState);

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.DuplicateObject)]
    [InlineData(PostgresErrorCodes.InsufficientPrivilege)]
    [InlineData(PostgresErrorCodes.InternalError)]
    public async Task A_start_up_that_collided_with_another_on_the_server_roles_runs_again(string sqlState)
    {
        var attempts = 0;

        await RoleRaces.RetryAsync(
            () => ++attempts < 3 ? throw Error(sqlState) : Task.CompletedTask,
            NullLogger.Instance,
            CancellationToken.None);

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task Any_other_failure_and_a_race_that_never_settles_fail_the_start_up()
    {
        var attempts = 0;
        var broken = await Assert.ThrowsAsync<PostgresException>(() => RoleRaces.RetryAsync(
            () => { attempts++; throw Error(PostgresErrorCodes.UndefinedTable); }, NullLogger.Instance, CancellationToken.None));
        Assert.Equal((PostgresErrorCodes.UndefinedTable, 1), (broken.SqlState, attempts));

        attempts = 0;
        await Assert.ThrowsAsync<PostgresException>(() => RoleRaces.RetryAsync(
            () => { attempts++; throw Error(PostgresErrorCodes.UniqueViolation); }, NullLogger.Instance, CancellationToken.None));
        Assert.Equal(5, attempts);
    }
}
