using System.Diagnostics;
using System.Globalization;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Publishers;
using ChildView.SyntheticCounty;
using ChildView.Testing;
using MassTransit;
using Npgsql;

namespace ChildView.Bench;

/// <summary>
/// Events per second the profile aggregator sustains while resolving identities: referrals about a
/// synthetic county's children, none carrying a UPN or NHS number, a quarter of them second records of
/// a child under another local id with a typo, so every new record goes through blocking, scoring and
/// (for the duplicates) a probabilistic link. Baseline, in the same run and on the same broker: the same
/// events published the same way to a MassTransit consumer that does nothing but count them.
/// </summary>
public sealed class AggregatorBenchmark(BenchOptions options) : IBenchmark
{
    private const int PublishConcurrency = 64;

    public async Task<string> RunAsync()
    {
        var events = Events(new CountyGenerator().Generate(options.Children, seed: 20261125, new DateOnly(2026, 9, 1)));

        await using var platform = new PlatformHost();
        await platform.StartAsync();

        var rawPerSecond = await RawConsumptionPerSecondAsync(platform, events);
        var (profilePerSecond, matched, reviews) = await ProfilePerSecondAsync(platform, events);
        var (recall, precision) = await LinkQualityAsync(platform);

        return string.Create(CultureInfo.InvariantCulture,
            $"aggregator events={events.Count} probabilistic_links={matched} reviews={reviews} link_recall={recall:0.0000} link_precision={precision:0.0000} " +
            $"events_per_s={profilePerSecond:0} raw_masstransit_events_per_s={rawPerSecond:0} ratio={profilePerSecond / rawPerSecond:0.00}");
    }

    private static List<ReferralRecorded> Events(County county)
    {
        var random = new Random(7);
        var events = new List<ReferralRecorded>();
        foreach (var household in county.Households)
        {
            foreach (var child in household.Children)
            {
                events.Add(Referral(child, household.Address, child.GivenName, $"sc-{child.Key}"));
                if (random.NextDouble() < 0.25)
                {
                    events.Add(Referral(child, household.Address, Typo(child.GivenName, random), $"legacy-{child.Key}"));
                }
            }
        }

        return events.OrderBy(_ => random.Next()).ToList();
    }

    private static ReferralRecorded Referral(SyntheticChild child, Address address, string givenName, string localId) => new(
        Guid.NewGuid(), SourceSystems.SocialCare, 1, DateTimeOffset.UtcNow,
        new ChildIdentity(SourceSystems.SocialCare, localId, givenName, child.FamilyName, child.DateOfBirth, child.Sex, null, null,
            new PostalAddress(address.Line1, null, address.Town, address.Postcode)),
        Guid.NewGuid(), new DateOnly(2026, 10, 1), "2A", "N1");

    /// <summary>Two neighbouring letters swapped: the commonest keying slip.</summary>
    private static string Typo(string name, Random random)
    {
        if (name.Length < 4)
        {
            return name;
        }

        var i = random.Next(1, name.Length - 1);
        var letters = name.ToCharArray();
        (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
        return new string(letters);
    }

    private static async Task<double> RawConsumptionPerSecondAsync(PlatformHost platform, IReadOnlyList<ReferralRecorded> events)
    {
        var vhost = platform.Infrastructure.VirtualHost + "-raw";
        await platform.Rabbit.CreateVirtualHostAsync(vhost);
        try
        {
            var consumed = new CountdownEvent(events.Count);
            var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
            {
                rabbit.Host(new Uri($"rabbitmq://127.0.0.1:{platform.Infrastructure.AmqpPort}/{vhost}"), host =>
                {
                    host.Username("guest");
                    host.Password("guest");
                });
                rabbit.ReceiveEndpoint("bench-raw-referrals", endpoint => endpoint.Handler<ReferralRecorded>(_ =>
                {
                    consumed.Signal();
                    return Task.CompletedTask;
                }));
            });
            await bus.StartAsync();
            try
            {
                var clock = Stopwatch.StartNew();
                await PublishAllAsync(bus, events);
                consumed.Wait(TimeSpan.FromMinutes(5));
                return events.Count / clock.Elapsed.TotalSeconds;
            }
            finally
            {
                await bus.StopAsync();
            }
        }
        finally
        {
            await platform.Rabbit.DeleteVirtualHostAsync(vhost);
        }
    }

    private static async Task<(double PerSecond, long Matched, long Reviews)> ProfilePerSecondAsync(PlatformHost platform, IReadOnlyList<ReferralRecorded> events)
    {
        // Referrals are social care's events: the profile applies them only from social care's broker user.
        var socialCare = platform.Infrastructure.BrokerAddressFor(SourceSystems.SocialCare);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(socialCare.Replace("amqp://", "rabbitmq://", StringComparison.Ordinal)));
            rabbit.StampPublisherIdentity(BrokerUser.Of(socialCare));
        });
        await bus.StartAsync();
        try
        {
            await using var db = await platform.OpenDatabaseAsync("profile");
            var clock = Stopwatch.StartNew();
            await PublishAllAsync(bus, events);
            await Poll.UntilAsync(async () => await CountAsync(db, "SELECT count(*) FROM service_records WHERE record_type = 'referral'") >= events.Count,
                TimeSpan.FromMinutes(15), $"{events.Count} referrals in the profile");
            var perSecond = events.Count / clock.Elapsed.TotalSeconds;
            return (perSecond,
                await CountAsync(db, "SELECT count(*) FROM source_links WHERE link_method = 'probabilistic'"),
                await CountAsync(db, "SELECT count(*) FROM identity_reviews"));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>
    /// Against the truth (a child's second record is <c>legacy-KEY</c> beside <c>sc-KEY</c>): the share of
    /// second records linked to their child, and the share of links joining records of one child only.
    /// </summary>
    private static async Task<(double Recall, double Precision)> LinkQualityAsync(PlatformHost platform)
    {
        await using var db = await platform.OpenDatabaseAsync("profile");
        await using var query = new NpgsqlCommand("SELECT local_id, child_id, given_name, family_name, date_of_birth, postcode_key FROM source_links ORDER BY child_id", db);
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        var childOf = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                childOf[reader.GetString(0)] = reader.GetGuid(1);
                described[reader.GetString(0)] = $"{reader.GetString(2)} {reader.GetString(3)} {reader.GetFieldValue<DateOnly>(4)} {reader.GetString(5)}";
            }
        }

        static string Key(string localId) => localId[(localId.IndexOf('-') + 1)..];
        var duplicates = childOf.Keys.Where(id => id.StartsWith("legacy-", StringComparison.Ordinal)).ToList();
        var found = duplicates.Count(id => childOf.TryGetValue("sc-" + Key(id), out var child) && child == childOf[id]);
        var linkedPairs = childOf.GroupBy(p => p.Value).Sum(g => g.Count() * (g.Count() - 1) / 2);
        var truePairs = childOf.GroupBy(p => p.Value).Sum(g => g.GroupBy(p => Key(p.Key)).Sum(k => k.Count() * (k.Count() - 1) / 2));
        foreach (var wrong in childOf.GroupBy(p => p.Value).Where(g => g.Select(p => Key(p.Key)).Distinct().Count() > 1))
        {
            Console.Error.WriteLine($"wrongly joined: {string.Join(" + ", wrong.Select(p => $"{p.Key} ({described[p.Key]})"))}");
        }

        return (duplicates.Count == 0 ? 1 : (double)found / duplicates.Count, linkedPairs == 0 ? 1 : (double)truePairs / linkedPairs);
    }

    private static async Task PublishAllAsync(IBus bus, IReadOnlyList<ReferralRecorded> events)
    {
        using var gate = new SemaphoreSlim(PublishConcurrency);
        await Task.WhenAll(events.Select(async message =>
        {
            await gate.WaitAsync();
            try
            {
                await bus.Publish(message);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
