using System.Net.Http.Headers;
using ChildView.ChildProfile;
using ChildView.EarlyYears;
using ChildView.Education;
using ChildView.Gateway;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Identity;
using ChildView.Messaging.Publishers;
using ChildView.SocialCare;
using ChildView.YouthOffending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildView.Testing;

/// <summary>
/// The whole platform in one test process: identity, the four services, the profile aggregator and
/// the gateway, each on its own Kestrel port, against the real PostgreSQL and RabbitMQ.
/// </summary>
public class PlatformHost : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _hosts = [];
    private Dictionary<string, string> _profileSettings = [];
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("childview-keys-").FullName;

    public TestInfrastructure Infrastructure { get; } = new();

    public RabbitAdmin Rabbit { get; private set; } = null!;

    public ServiceHost<IdentitySettings> Identity { get; private set; } = null!;

    public ServiceHost<EducationMarker> Education { get; private set; } = null!;

    public ServiceHost<SocialCareMarker> SocialCare { get; private set; } = null!;

    public ServiceHost<YouthOffendingMarker> YouthOffending { get; private set; } = null!;

    public ServiceHost<EarlyYearsMarker> EarlyYears { get; private set; } = null!;

    public ServiceHost<ChildProfileMarker> Profile { get; private set; } = null!;

    public ServiceHost<GatewayMarker> Gateway { get; private set; } = null!;

    public TokenClient Tokens { get; private set; } = null!;

    public async Task StartAsync()
    {
        Rabbit = new RabbitAdmin(Infrastructure.RabbitManagementPort);
        await Rabbit.CreateVirtualHostAsync(Infrastructure.VirtualHost);
        foreach (var permission in BrokerPermissions.All)
        {
            await Rabbit.CreateUserAsync(Infrastructure.BrokerUser(permission.Service), Infrastructure.BrokerPassword, Infrastructure.VirtualHost, permission);
        }

        var identityPort = FreePort.Next();
        var identityUrl = $"http://127.0.0.1:{identityPort}";
        Identity = Start(new ServiceHost<IdentitySettings>(identityPort, new Dictionary<string, string>
        {
            ["ConnectionStrings:identitydb"] = Infrastructure.Database("identity"),
            ["Identity:Issuer"] = identityUrl + "/",
            ["Identity:AllowHttp"] = "true",
            ["Identity:KeyDirectory"] = _keyDirectory,
            ["Identity:SeedDemoUsers"] = "true",
        }));

        // Each service logs in to the broker as its own user (named like its database). A test run's audit
        // anchors are as throwaway as its databases: never in the developer's .infra/.
        Dictionary<string, string> ServiceSettings(string database) => new()
        {
            [$"ConnectionStrings:{database}"] = Infrastructure.Database(database.Replace("db", "", StringComparison.Ordinal)),
            ["ConnectionStrings:messaging"] = Infrastructure.BrokerAddressFor(database.Replace("db", "", StringComparison.Ordinal)),
            ["Identity:Url"] = identityUrl,
            ["Audit:AnchorDirectory"] = Path.Combine(_keyDirectory, "audit-anchors", database),
        };

        Education = Start(new ServiceHost<EducationMarker>(FreePort.Next(), ServiceSettings(EducationApi.DatabaseName)));
        // The services that record allocations read the staff directory with their own client credentials.
        Dictionary<string, string> AllocatingServiceSettings(string database, string clientId) => new(ServiceSettings(database))
        {
            ["Identity:ClientId"] = clientId,
            ["Identity:ClientSecret"] = ClientSecret(clientId),
        };

        SocialCare = Start(new ServiceHost<SocialCareMarker>(FreePort.Next(), AllocatingServiceSettings(SocialCareApi.DatabaseName, "socialcare-service")));
        YouthOffending = Start(new ServiceHost<YouthOffendingMarker>(FreePort.Next(), AllocatingServiceSettings(YouthOffendingApi.DatabaseName, "youthoffending-service")));
        EarlyYears = Start(new ServiceHost<EarlyYearsMarker>(FreePort.Next(), ServiceSettings(EarlyYearsApi.DatabaseName)));
        _profileSettings = ServiceSettings(ChildProfileApi.DatabaseName);

        foreach (var source in SourceSystems.All)
        {
            _profileSettings[$"{TrustedPublishers.Section}:Publishers:{source}"] = Infrastructure.BrokerUser(source);
        }

        Profile = Start(new ServiceHost<ChildProfileMarker>(FreePort.Next(), _profileSettings));

        Gateway = Start(new ServiceHost<GatewayMarker>(FreePort.Next(), new Dictionary<string, string>
        {
            ["Identity:Url"] = identityUrl,
            ["services:education:http:0"] = Education.BaseAddress.ToString(),
            ["services:socialcare:http:0"] = SocialCare.BaseAddress.ToString(),
            ["services:youthoffending:http:0"] = YouthOffending.BaseAddress.ToString(),
            ["services:earlyyears:http:0"] = EarlyYears.BaseAddress.ToString(),
            ["services:profile:http:0"] = Profile.BaseAddress.ToString(),
        }));

        Tokens = new TokenClient(Identity.BaseAddress);
        await WaitUntilConsumersAreBoundAsync();
    }

    /// <summary>The confidential client's secret as the identity service is configured with it.</summary>
    public string ClientSecret(string clientId) =>
        Identity.Services.GetRequiredService<IConfiguration>()[$"Identity:ClientSecrets:{clientId}"]
            ?? throw new InvalidOperationException($"No secret configured for {clientId}.");

    public async Task<string> ServiceTokenAsync(string clientId, params string[] scopes) =>
        await Tokens.ClientCredentialsAsync(clientId, ClientSecret(clientId), scopes);

    /// <summary>A client for the gateway carrying the given bearer token (none when null).</summary>
    public HttpClient GatewayClient(string? accessToken)
    {
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    public async Task<NpgsqlConnection> OpenDatabaseAsync(string service)
    {
        var connection = new NpgsqlConnection(Infrastructure.Database(service));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The messages sitting in the profile's error queues, by queue: where an event the profile never applied went.</summary>
    public async Task<string> ProfileErrorQueuesAsync()
    {
        var failed = (await Rabbit.QueuesAsync(Infrastructure.VirtualHost))
            .Where(q => q.Name.StartsWith("profile-", StringComparison.Ordinal) && q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Messages > 0)
            .Select(q => $"{q.Name} {q.Messages}")
            .ToList();
        return failed.Count == 0 ? "no message in the profile's error queues" : $"profile error queues: {string.Join(", ", failed)}";
    }

    /// <summary>
    /// Stops the profile, drops its database and starts it again on the same port: an empty profile,
    /// migrated afresh, bound to the same queues, for a rebuild from the services' republish.
    /// </summary>
    public async Task RestartProfileWithEmptyDatabaseAsync()
    {
        _hosts.Remove(Profile);
        await Profile.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await DropDatabaseAsync("profile");
        Profile = Start(new ServiceHost<ChildProfileMarker>(Profile.Port, _profileSettings));
        await WaitUntilConsumersAreBoundAsync();
    }

    /// <summary>Every republish route of a service (<c>/admin/republish/…</c>), read from its endpoint table.</summary>
    public static IReadOnlyList<string> RepublishRoutes<T>(ServiceHost<T> service) where T : class =>
        service.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => route.StartsWith("/admin/republish/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Tokens?.Dispose();
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }

        await DropDatabasesAsync();
        await Rabbit.DeleteVirtualHostAsync(Infrastructure.VirtualHost);
        foreach (var permission in BrokerPermissions.All)
        {
            await Rabbit.DeleteUserAsync(Infrastructure.BrokerUser(permission.Service));
        }

        Rabbit.Dispose();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    private ServiceHost<T> Start<T>(ServiceHost<T> host) where T : class
    {
        _hosts.Add(host);
        host.StartServer();
        return host;
    }

    /// <summary>The profile's queues exist once its bus has started; events published before that would be unroutable.</summary>
    private async Task WaitUntilConsumersAreBoundAsync()
    {
        var consumers = typeof(ChildProfileMarker).Assembly.GetTypes()
            .Count(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>)));
        await Poll.UntilAsync(
            async () => (await Rabbit.QueuesAsync(Infrastructure.VirtualHost)).Count(q => q.Name.StartsWith("profile-", StringComparison.Ordinal) && !q.Name.EndsWith("_error", StringComparison.Ordinal)) >= consumers,
            TimeSpan.FromSeconds(60),
            $"the profile's {consumers} consumer queues");
    }

    private async Task DropDatabasesAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var service in new[] { "identity", "education", "socialcare", "youthoffending", "earlyyears", "profile" })
        {
            await DropDatabaseAsync(service);
        }
    }

    private async Task DropDatabaseAsync(string service)
    {
        await using var connection = new NpgsqlConnection($"{Infrastructure.PostgresServer};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Infrastructure.DatabaseName(service)}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
