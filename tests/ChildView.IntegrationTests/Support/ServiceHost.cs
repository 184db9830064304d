using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildView.IntegrationTests.Support;

/// <summary>
/// One ChildView process hosted in the test on a real Kestrel port, so services call each other,
/// the identity service and the gateway over real HTTP, as they do when deployed.
/// </summary>
public sealed class ServiceHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public ServiceHost(int port, IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        Port = port;
        UseKestrel(port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
