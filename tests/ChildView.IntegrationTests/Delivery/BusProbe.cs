using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Support;
using ChildView.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>
/// Publishes events straight onto the bus (as a misbehaving or replaying publisher would) and inspects the profile's state.
/// An event goes out on the bus of the service it names as its source, so with that service's broker user.
/// </summary>
internal sealed class BusProbe(PlatformFixture platform)
{
    private IServiceProvider PublisherOf(string source) => source switch
    {
        SourceSystems.Education => platform.Education.Services,
        SourceSystems.SocialCare => platform.SocialCare.Services,
        SourceSystems.YouthOffending => platform.YouthOffending.Services,
        SourceSystems.EarlyYears => platform.EarlyYears.Services,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a source system."),
    };

    public Task PublishAsync<T>(T message) where T : class, IIntegrationEvent =>
        PublisherOf(message.Source).GetRequiredService<IBus>().Publish(message, context => context.MessageId = message.EventId);

    public static PupilRegistered Pupil(Guid pupilId, long version, string givenName, string? upn = null, string? localId = null, Guid? eventId = null) => new(
        eventId ?? Guid.NewGuid(), SourceSystems.Education, version, DateTimeOffset.UtcNow,
        new ChildIdentity(SourceSystems.Education, localId ?? pupilId.ToString("N"), givenName, "Probe", new DateOnly(2014, 5, 6), "M", upn, null, null),
        pupilId);

    public async Task<long?> RecordVersionAsync(Guid recordId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT entity_version FROM service_records WHERE record_id = @id", db);
        query.Parameters.AddWithValue("id", recordId);
        return await query.ExecuteScalarAsync() as long?;
    }

    public async Task<string?> ChildGivenNameAsync(Guid recordId)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand(
            "SELECT c.given_name FROM children c JOIN service_records r ON r.child_id = c.id WHERE r.record_id = @id", db);
        query.Parameters.AddWithValue("id", recordId);
        return await query.ExecuteScalarAsync() as string;
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
        {
            query.Parameters.AddWithValue(name, value);
        }

        return (long)(await query.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Waits until the profile's inbox holds every one of the events: each was then consumed, applied or
    /// found stale, and everything it changed committed with its inbox row. The broker's queue statistics
    /// lag by seconds, so an empty queue does not say as much.
    /// </summary>
    public async Task InboxHoldsAsync(IEnumerable<Guid> eventIds)
    {
        var ids = eventIds.ToArray();
        var held = 0L;
        await Poll.UntilAsync(
            async () => (held = await CountAsync("SELECT count(DISTINCT message_id) FROM inbox_messages WHERE message_id = ANY(@ids)", ("ids", ids))) == ids.Length,
            ProfileReader.Deadline,
            $"{ids.Length} event(s) in the profile's inbox",
            async () => $"{held} of them there; {await platform.ProfileErrorQueuesAsync()}");
    }

    /// <summary>Starts counting the profile's finished consumes of one message, copies included (a duplicate leaves no row to wait on).</summary>
    public ConsumedCopies CountConsumes(Guid messageId) => new(platform.Profile.Services.GetRequiredService<IBus>(), messageId);

    public async Task<int> ErrorQueueDepthAsync(string queueFragment)
    {
        var queues = await platform.Rabbit.QueuesAsync(platform.Infrastructure.VirtualHost);
        return queues.Where(q => q.Name.Contains(queueFragment, StringComparison.Ordinal) && q.Name.EndsWith("_error", StringComparison.Ordinal))
            .Sum(q => q.Messages ?? 0);
    }
}
