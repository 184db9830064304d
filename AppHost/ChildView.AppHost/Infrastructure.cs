using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ChildView.AppHost;

/// <summary>
/// PostgreSQL and RabbitMQ as Aspire resources. With a healthy container runtime they are Aspire
/// containers; without one (the project's own machines) they are connection strings to the servers
/// started by <c>scripts/infra.sh</c>, given as ConnectionStrings:postgres and ConnectionStrings:messaging.
/// </summary>
public sealed class Infrastructure
{
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<PostgresServerResource>? _postgresContainer;
    private readonly string? _postgresServer;

    private Infrastructure(IDistributedApplicationBuilder builder, bool useContainers)
    {
        _builder = builder;
        if (useContainers)
        {
            _postgresContainer = builder.AddPostgres("postgres").WithDataVolume();
            Broker = builder.AddRabbitMQ("messaging").WithManagementPlugin();
        }
        else
        {
            _postgresServer = builder.Configuration.GetConnectionString("postgres")
                ?? throw new InvalidOperationException("No container runtime, and ConnectionStrings:postgres is not set: start the servers with `make run` or scripts/infra.sh.");
            Broker = builder.AddConnectionString("messaging");
        }
    }

    public IResourceBuilder<IResourceWithConnectionString> Broker { get; }

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
