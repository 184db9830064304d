using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Children.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Ingestion;
using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Families;
using ChildView.IntegrationTests.Support;
using ChildView.Messaging.Inbox;
using ChildView.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>
/// Runs the profile's consumer path (inbox and ingestor in one transaction) for events at the same time,
/// each in its own scope and connection as two consumers or two replicas would, and holds what they
/// queue on, so a test chooses the interleaving instead of hoping the scheduler produces it.
/// </summary>
internal sealed class IngestionRace(PlatformFixture platform)
{
    private const string Consumer = nameof(FreeSchoolMealsEligibilityChangedConsumer);

    private static readonly TimeSpan QueueDeadline = TimeSpan.FromSeconds(15);

    /// <summary>A pupil no other test has, known to education by its own id only (no identifier to claim).</summary>
    public static ChildIdentity NewChild() => new(
        SourceSystems.Education, Guid.NewGuid().ToString("N"), FamilyProbe.Unique("Race"), TestIdentifiers.NewFamilyName(),
        new DateOnly(2012, 1, 1).AddDays(Random.Shared.Next(3650)), "F", null, null, FamilyProbe.NewAddress());

    /// <summary>Version <paramref name="version"/> of one free school meals eligibility; each version says something different.</summary>
    public static FreeSchoolMealsEligibilityChanged Version(ChildIdentity child, Guid eligibilityId, long version) => new(
        Guid.NewGuid(), SourceSystems.Education, version, DateTimeOffset.UtcNow, child, eligibilityId, Guid.Empty,
        new DateOnly(2024, 9, 1).AddDays((int)version), null, RecordState.Open);

    public async Task ApplyAsync(FreeSchoolMealsEligibilityChanged message) =>
        await ApplyInScopeAsync(platform.Profile.Services.CreateAsyncScope(), message);

    /// <summary>
    /// Starts applying <paramref name="message"/> and returns, still applying, once its transaction waits
    /// on a lock (or has already finished). Transactions queued on one lock are let through in the
    /// order they queued.
    /// </summary>
    public async Task<Task> StartQueuedAsync(FreeSchoolMealsEligibilityChanged message)
    {
        var scope = platform.Profile.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
        await db.Database.OpenConnectionAsync();
        var backend = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
        var applying = ApplyInScopeAsync(scope, message);
        await Poll.UntilAsync(
            async () => applying.IsCompleted || await WaitsOnLockAsync(backend),
            QueueDeadline,
            $"version {message.EntityVersion} of {message.EligibilityId} to queue on a lock");
        return applying;
    }

    /// <summary>Another transaction holding the record's row, as one applying a version of it would.</summary>
    public Task<HeldLock> HoldRecordAsync(Guid recordId) =>
        HoldAsync(connection => Command(connection, "SELECT 1 FROM service_records WHERE record_id = @id FOR UPDATE", ("id", recordId)));

    /// <summary>Another transaction linking a record of the same new child, as the first of its records to arrive would.</summary>
    public Task<HeldLock> HoldFirstLinkAsync(ChildIdentity child)
    {
        var link = new SourceLink { SourceSystem = child.SourceSystem, LocalId = child.LocalId };
        SourceIdentity.Apply(link, child);
        return HoldAsync(connection => Command(connection, "SELECT pg_advisory_xact_lock(key) FROM unnest(@keys) AS key",
            ("keys", LinkingLock.Keys(link, []).ToArray())));
    }

    private static RecordFacts Facts(FreeSchoolMealsEligibilityChanged message) =>
        new(ProfileRecordTypes.FreeSchoolMeals, message.EligibilityId, $"Eligible for free school meals from {message.StartDate:yyyy-MM-dd}", message.StartDate, message.State);

    private static async Task ApplyInScopeAsync(AsyncServiceScope scope, FreeSchoolMealsEligibilityChanged message)
    {
        await using (scope)
        {
            var inbox = scope.ServiceProvider.GetRequiredService<MessageInbox>();
            var ingestor = scope.ServiceProvider.GetRequiredService<RecordIngestor>();
            await inbox.ApplyOnceAsync(message.EventId, Consumer, ct => ingestor.IngestAsync(message, Facts(message), ct), CancellationToken.None);
        }
    }

    private async Task<bool> WaitsOnLockAsync(int backend)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = Command(db, "SELECT wait_event_type FROM pg_stat_activity WHERE pid = @pid", ("pid", backend));
        return await query.ExecuteScalarAsync() as string == "Lock";
    }

    private async Task<HeldLock> HoldAsync(Func<NpgsqlConnection, NpgsqlCommand> take)
    {
        var connection = await platform.OpenDatabaseAsync("profile");
        var transaction = await connection.BeginTransactionAsync();
        await using var command = take(connection);
        await command.ExecuteNonQueryAsync();
        return new HeldLock(connection, transaction);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

/// <summary>A lock another transaction holds until this is disposed, when it rolls back.</summary>
internal sealed class HeldLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
