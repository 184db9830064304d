using System.Globalization;
using ChildView.ChildProfile;
using ChildView.Contracts.Security;
using ChildView.Gateway;
using ChildView.Identity.Users;
using ChildView.Testing;
using Npgsql;

namespace ChildView.Bench.ProfileRead;

/// <summary>
/// Profile point reads per second through the gateway (JWT, scope, signed caller, row policies and an
/// audit row per read), 8 concurrent connections, against the same endpoint without row policies and
/// audit (<see cref="UnprotectedProfileHost"/>), and against two profile replicas behind the gateway.
/// The three set-ups take turns in rounds, so load from elsewhere on the machine falls on all of them;
/// each figure is the median over the rounds.
/// </summary>
public sealed class ProfileReadBenchmark : IBenchmark
{
    private const int Connections = 8;
    private const int Children = 2000;
    private const int Rounds = 3;
    private const string Reader = "mash.taylor"; // sees every section, so every read composes records from every service
    private static readonly TimeSpan Phase = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public async Task<string> RunAsync()
    {
        await using var platform = new PlatformHost();
        await platform.StartAsync();
        var children = await SeedAsync(platform);
        var token = await platform.Tokens.UserTokenAsync(Reader, DemoUsers.Password, ApiResources.Profile.ReadScope);

        await using var baseline = await UnprotectedProfileHost.StartAsync(platform.Infrastructure.Database("profile"), platform.Identity.BaseAddress, FreePort.Next());
        await using var secondReplica = StartProfileReplica(platform);
        await using var toBaseline = StartGateway(platform, baseline.BaseAddress);
        await using var toTwoReplicas = StartGateway(platform, platform.Profile.BaseAddress, secondReplica.BaseAddress);

        var setups = new (string Name, Uri Gateway)[]
        {
            ("protected", platform.Gateway.BaseAddress),
            ("baseline", toBaseline.BaseAddress),
            ("replicas2", toTwoReplicas.BaseAddress),
        };
        foreach (var (_, gateway) in setups)
        {
            await new ReadLoad(Connections, WarmUp).RunAsync(gateway, token, children);
        }

        var results = setups.ToDictionary(s => s.Name, _ => new List<ReadLoad.Result>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, gateway) in round % 2 == 0 ? setups : setups.Reverse())
            {
                var result = await new ReadLoad(Connections, Phase).RunAsync(gateway, token, children);
                results[name].Add(result);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile-read: round {round + 1} {name}: {result.ReadsPerSecond:0.0} reads/s, p50 {Percentiles.Of(result.LatenciesMs, 50):0.00} ms"));
            }
        }

        double Median(string name) => Percentiles.Of([.. results[name].Select(r => r.ReadsPerSecond)], 50);
        var protectedRuns = results["protected"];
        var perSecond = Median("protected");
        var baselinePerSecond = Median("baseline");
        return string.Create(CultureInfo.InvariantCulture,
            $"profile-read reads={protectedRuns.Sum(r => r.Reads)} reads_per_s={perSecond:0.0} p50_ms={Percentiles.Of([.. protectedRuns.SelectMany(r => r.LatenciesMs)], 50):0.00} " +
            $"baseline_reads_per_s={baselinePerSecond:0.0} ratio={perSecond / baselinePerSecond:0.00} replicas2_ratio={Median("replicas2") / perSecond:0.00} " +
            $"connections={Connections} cores={Environment.ProcessorCount}");
    }

    /// <summary>Children known to three services each, written straight into the profile as its owner.</summary>
    private static async Task<IReadOnlyList<Guid>> SeedAsync(PlatformHost platform)
    {
        await using var owner = await platform.OpenDatabaseAsync("profile");
        await using var seed = new NpgsqlCommand(
            """
            WITH made AS (
              INSERT INTO children (id, given_name, family_name, given_name_folded, family_name_folded, date_of_birth, sex, postcode, created_at, updated_at)
              SELECT gen_random_uuid(), 'Bench', 'Reader' || g, 'bench', 'reader' || g, date '2012-01-01' + g % 3000, 'F', 'DE1 1AA', now(), now()
              FROM generate_series(1, @children) g
              RETURNING id),
            records AS (
              INSERT INTO service_records (source_system, record_type, record_id, child_id, entity_version, summary, state, occurred_on, updated_at)
              SELECT s.source, s.type, gen_random_uuid(), made.id, 1, 'Benchmark record of typical length', 'Open', current_date - 30, now()
              FROM made CROSS JOIN (VALUES ('education', 'pupil'), ('education', 'enrolment'), ('socialcare', 'referral'), ('youthoffending', 'offence-outcome')) AS s(source, type))
            SELECT id FROM made
            """,
            owner);
        seed.Parameters.AddWithValue("children", Children);
        var ids = new List<Guid>(Children);
        await using (var reader = await seed.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        await using var analyze = new NpgsqlCommand("ANALYZE children; ANALYZE service_records", owner);
        await analyze.ExecuteNonQueryAsync();
        return ids;
    }

    private static ServiceHost<ChildProfileMarker> StartProfileReplica(PlatformHost platform)
    {
        var replica = new ServiceHost<ChildProfileMarker>(FreePort.Next(), new Dictionary<string, string>
        {
            [$"ConnectionStrings:{ChildProfileApi.DatabaseName}"] = platform.Infrastructure.Database("profile"),
            ["ConnectionStrings:messaging"] = platform.Infrastructure.BrokerAddress,
            ["Identity:Url"] = platform.Identity.BaseAddress.ToString(),
        });
        replica.StartServer();
        return replica;
    }

    /// <summary>Another gateway, the same routes and checks, sending profile traffic to the given instances.</summary>
    private static ServiceHost<GatewayMarker> StartGateway(PlatformHost platform, params Uri[] profiles)
    {
        var settings = new Dictionary<string, string>
        {
            ["Identity:Url"] = platform.Identity.BaseAddress.ToString(),
            ["services:education:http:0"] = platform.Education.BaseAddress.ToString(),
            ["services:socialcare:http:0"] = platform.SocialCare.BaseAddress.ToString(),
            ["services:youthoffending:http:0"] = platform.YouthOffending.BaseAddress.ToString(),
            ["services:earlyyears:http:0"] = platform.EarlyYears.BaseAddress.ToString(),
        };
        for (var i = 0; i < profiles.Length; i++)
        {
            settings[$"services:profile:http:{i}"] = profiles[i].ToString();
        }

        var gateway = new ServiceHost<GatewayMarker>(FreePort.Next(), settings);
        gateway.StartServer();
        return gateway;
    }
}
