using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ServiceKit.Auditing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ChildView.ChildProfile.Audit;

/// <summary>The profile's audit chain: the key, the anchor file, the chainer on the owner login and its worker, the verifier.</summary>
public static class AuditChainRegistration
{
    public static IHostApplicationBuilder AddAuditChain(this IHostApplicationBuilder builder)
    {
        var options = AuditChainOptions.From(builder.Configuration, builder.Environment);
        var key = AuditChainKey.From(builder.Configuration);
        var anchors = new AuditAnchorFile(options.AnchorDirectory, key);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(anchors);
        builder.Services.AddSingleton(new AuditChainVerifier(AuditSql.Log, key, anchors));
        builder.Services.AddSingleton(services => new AuditChainer(
            NpgsqlDataSource.Create(builder.Configuration.GetConnectionString(ChildProfileApi.DatabaseName)!),
            AuditSql.Log,
            key,
            anchors,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<AuditChainer>>()));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuditChainWorker>());
        return builder;
    }
}
