using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildView.Testing;

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
        PointContentRootAtProject();
        UseKestrel(port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>
    /// The factory finds a project's content root (its appsettings) through attributes that only
    /// test assemblies carry; name it explicitly so benchmarks and tools can host services too.
    /// </summary>
    private static void PointContentRootAtProject()
    {
        var assemblyName = typeof(TEntryPoint).Assembly.GetName().Name!;
        var variable = $"ASPNETCORE_TEST_CONTENTROOT_{assemblyName.ToUpperInvariant().Replace('.', '_')}";
        if (Environment.GetEnvironmentVariable(variable) is not null)
        {
            return;
        }

        var project = Directory.EnumerateFiles(RepositoryRoot.Path, $"{assemblyName}.csproj", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new InvalidOperationException($"No project file for {assemblyName} under {RepositoryRoot.Path}.");
        Environment.SetEnvironmentVariable(variable, Path.GetDirectoryName(project));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:LogToStandardErrorThreshold", "Trace");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Error");
        // Migrating a database that does not exist yet logs a failed connection before creating it.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "None");
        // Concurrent linking of the same child ends in a unique violation that the bus retries by design; the exception still fails any test it escapes from.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Update", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
