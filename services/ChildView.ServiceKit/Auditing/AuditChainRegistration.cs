using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// One audit log's chain in a host: the key, the anchor file, the chainer on the owner login (the
/// connection string named <c>connectionName</c>) and its worker, and the verifier.
/// </summary>
public static class AuditChainRegistration
{
    public static IHostApplicationBuilder AddAuditChain(this IHostApplicationBuilder builder, AuditLogTable log, string connectionName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is not configured.");
        var options = AuditChainOptions.From(builder.Configuration, builder.Environment);
        var key = AuditChainKey.From(builder.Configuration);
        var anchors = new AuditAnchorFile(options.AnchorDirectory, key);
        var owner = new AuditLogOwner(NpgsqlDataSource.Create(connectionString));
        builder.Services.AddSingleton(owner);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(anchors);
        builder.Services.AddSingleton(new AuditChainVerifier(log, key, anchors));
        builder.Services.AddSingleton(services => new AuditChainer(
            owner.DataSource,
            log,
            key,
            anchors,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<AuditChainer>>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditChainWorker>());
        return builder;
    }
}
