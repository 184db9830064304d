using System.Text.Json.Serialization;
using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families;
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
        var reader = ProfileReaderOptions.From(builder.Configuration);
        builder.Services.AddSingleton(reader);
        builder.Services.AddHostedService<ProfileAccessBootstrapper>();
        builder.Services.AddSingleton(_ => ProfileReadSession.CreateDataSource(builder.Configuration.GetConnectionString(DatabaseName)!, reader));
        builder.Services.AddSingleton<ProfileReadSession>();

        // A field the caller may not see is left out of the JSON altogether, not sent empty.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        builder.Services.AddScoped<ChildLinker>();
        builder.Services.AddScoped<AllocationStore>();
        builder.Services.AddScoped<RecordIngestor>();

        // Derivations run in registration order after every applied event: households before the
        // indicators that read them.
        builder.Services.AddScoped<IChildDerivation, HouseholdDerivation>();
        builder.Services.AddScoped<IFamilyDirectory, DerivedFamilyDirectory>();
        return builder;
    }
}
