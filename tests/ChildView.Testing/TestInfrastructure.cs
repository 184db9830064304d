namespace ChildView.Testing;

/// <summary>
/// Where the real servers started by <c>scripts/infra.sh</c> listen. Each test run gets its own
/// databases and its own RabbitMQ virtual host, so runs never see each other's data or queues.
/// </summary>
public sealed class TestInfrastructure
{
    public TestInfrastructure()
    {
        RunId = $"t{Guid.NewGuid():N}"[..13];
        PostgresPort = Port("CHILDVIEW_PG_PORT", 54329);
        AmqpPort = Port("CHILDVIEW_AMQP_PORT", 56729);
        RabbitManagementPort = Port("CHILDVIEW_RABBIT_MGMT_PORT", 15679);
    }

    public string RunId { get; }

    public int PostgresPort { get; }

    public int AmqpPort { get; }

    public int RabbitManagementPort { get; }

    public string PostgresServer => $"Host=127.0.0.1;Port={PostgresPort};Username=childview;Password=childview-dev;Include Error Detail=true";

    public string VirtualHost => $"childview-{RunId}";

    /// <summary>The broker administrator's address (guest: every permission on the run's virtual host). No service uses it.</summary>
    public string BrokerAddress => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/{VirtualHost}";

    /// <summary>One password for this run's broker users; they exist only while the run does.</summary>
    public string BrokerPassword { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>A service's own broker user. Users are global in RabbitMQ, so each run names its own.</summary>
    public string BrokerUser(string service) => $"{RunId}-{service}";

    public string BrokerAddressFor(string service) => $"amqp://{BrokerUser(service)}:{BrokerPassword}@127.0.0.1:{AmqpPort}/{VirtualHost}";

    public string DatabaseName(string service) => $"cv_{RunId}_{service}";

    public string Database(string service) => $"{PostgresServer};Database={DatabaseName(service)}";

    private static int Port(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var port) ? port : fallback;
}
