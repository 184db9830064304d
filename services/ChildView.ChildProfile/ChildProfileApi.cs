using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Ingestion;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;
using MassTransit;

namespace ChildView.ChildProfile;

/// <summary>Entry point marker for hosting this API in tests, and its service registrations.</summary>
public static class ChildProfileApi
{
    public const string ServiceName = "profile";
    public const string DatabaseName = "profiledb";

    public static IHostApplicationBuilder AddChildProfileServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ProfileDbContext>(DatabaseName);
        builder.AddMessaging<ProfileDbContext>(ServiceName, bus => bus.AddConsumers(typeof(ChildProfileApi).Assembly));
        builder.Services.AddScoped<ChildLinker>();
        builder.Services.AddScoped<RecordIngestor>();
        return builder;
    }
}
