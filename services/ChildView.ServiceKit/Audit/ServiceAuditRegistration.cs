using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildView.ServiceKit.Audit;

public static class ServiceAuditRegistration
{
    /// <summary>
    /// A service's audit log protected and chained as the profile's is: after migrations it is handed to
    /// the audit owner role (<see cref="ServiceAuditLogBootstrapper"/>), then chained, anchored and
    /// verified with the service's own <c>Audit:*</c> key and anchor directory. Call after <c>AddServiceDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceAuditLog(this IHostApplicationBuilder builder, string service, string connectionName)
    {
        // Before the chain's worker: its first round finds the log protected and the anchor file named.
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<ServiceAuditLogBootstrapper>(services, service));
        return builder.AddAuditChain(ServiceAuditSql.Log, connectionName);
    }
}
