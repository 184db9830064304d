using ChildView.ServiceKit.Access.Postgres;
using ChildView.ServiceKit.Audit;
using ChildView.ServiceKit.Audit.Postgres;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildView.ServiceKit.Pipeline;

public static class RecordPipelineRegistration
{
    /// <summary>
    /// The pipeline's services for one API: the request state its DbContext reads, the audit trail, JSON refusing
    /// NUL text and implausible dates, and the database's half: the service's roles, grants and row policies
    /// applied at start (after migrations: register after <c>AddServiceDatabase</c>) and each request's transaction in the caller's role.
    /// </summary>
    public static IHostApplicationBuilder AddRecordPipeline<TContext>(this IHostApplicationBuilder builder, ServiceDatabaseTables tables)
        where TContext : DbContext
    {
        builder.Services.AddSingleton(new RecordPipelineOptions(tables.Service));
        builder.Services.AddSingleton(tables);
        builder.Services.AddSingleton(ServiceDatabaseLogin.From(builder.Configuration, tables.Service));
        builder.Services.AddSingleton(services => CallerProof.From(builder.Configuration, ServiceDatabaseLogin.CallerProofKeySetting, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<ServiceAccessBootstrapper<TContext>>();
        builder.Services.AddScoped<IRecordTransaction, PostgresRecordTransaction<TContext>>();
        builder.Services.AddScoped<RecordRequest>();
        builder.Services.AddScoped(services => services.GetRequiredService<TContext>() as RecordDbContext
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} must derive from {nameof(RecordDbContext)} to serve record endpoints."));
        builder.Services.AddScoped<IServiceAuditTrail, PostgresServiceAuditTrail<TContext>>();
        builder.Services.AddStorableJsonInput();
        return builder;
    }

    /// <summary>The pipeline's interceptors, added by each service DbContext's <c>OnConfiguring</c>.</summary>
    public static DbContextOptionsBuilder AddRecordPipeline(this DbContextOptionsBuilder options) =>
        options.AddInterceptors(RecordSaveInterceptor.Instance, RecordReadInterceptor.Instance);

    /// <summary>
    /// A feature's endpoints for one record type: every endpoint mapped on the returned group passes the
    /// pipeline (<see cref="RecordPipelineFilter"/>) under <paramref name="recordType"/>, the policy's name for it.
    /// </summary>
    public static RouteGroupBuilder MapRecordGroup<TRecord>(this IEndpointRouteBuilder app, string route, string recordType, string tag)
        where TRecord : ChildRecord
    {
        var group = app.MapGroup(route).WithTags(tag);
        group.AddEndpointFilter(new RecordPipelineFilter(recordType, typeof(TRecord)));
        return group;
    }
}
