using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ChildView.AppHost;

/// <summary>
/// PostgreSQL and RabbitMQ as Aspire resources. With a healthy container runtime they are Aspire
/// containers; without one (the project's own machines) they are connection strings to the servers
/// started by <c>scripts/infra.sh</c>, given as ConnectionStrings:postgres and, per service, its own broker
/// user's address as ChildView:BrokerUsers:{service} (<c>scripts/infra.sh env</c>).
/// </summary>
public sealed class Infrastructure
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<PostgresServerResource>? _postgresContainer;
    private readonly string? _postgresServer;
    private readonly IResourceBuilder<RabbitMQServerResource>? _brokerContainer;

    private Infrastructure(IDistributedApplicationBuilder builder, bool useContainers)
    {
        _builder = builder;
        if (useContainers)
        {
            _postgresContainer = builder.AddPostgres("postgres").WithDataVolume();
            _brokerContainer = builder.AddRabbitMQ("messaging").WithManagementPlugin();
        }
        else
        {
            _postgresServer = builder.Configuration.GetConnectionString("postgres")
                ?? throw new InvalidOperationException("No container runtime, and ConnectionStrings:postgres is not set: start the servers with `make run` or scripts/infra.sh.");
        }
    }

    /// <summary>
    /// The broker as <paramref name="service"/>'s own user. The profile trusts an event only from its owner's
    /// user, so one user shared by every service cannot work: the RabbitMQ container (one user) is refused.
    /// </summary>
    public IResourceBuilder<IResourceWithConnectionString> Broker(string service)
    {
        if (_brokerContainer is not null)
        {
            throw new NotSupportedException("Per-service broker users are created by scripts/infra.sh, not in the RabbitMQ container: run with ChildView:UseContainers=false (`make run`).");
        }

        var address = _builder.Configuration[$"ChildView:BrokerUsers:{service}"]
            ?? throw new InvalidOperationException($"ChildView:BrokerUsers:{service} is not set: start the servers with `make run` or use `eval \"$(scripts/infra.sh env)\"`.");
        return _builder.AddConnectionString($"messaging-{service}", ReferenceExpression.Create($"{address}"));
    }

    public static Infrastructure Add(IDistributedApplicationBuilder builder) =>
        new(builder, builder.Configuration.GetValue<bool?>("ChildView:UseContainers") ?? ContainerRuntimeIsHealthy());

    /// <summary>A service's own database; the resource name is also its connection-string name.</summary>
    public IResourceBuilder<IResourceWithConnectionString> Database(string name)
    {
        var databaseName = $"childview_{name.Replace("db", "", StringComparison.Ordinal)}";
        if (_postgresContainer is not null)
        {
            return _postgresContainer.AddDatabase(name, databaseName);
        }

        return _builder.AddConnectionString(name, ReferenceExpression.Create($"{_postgresServer};Database={databaseName}"));
    }

    private static bool ContainerRuntimeIsHealthy()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }

            return docker.WaitForExit(TimeSpan.FromSeconds(5)) && docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
