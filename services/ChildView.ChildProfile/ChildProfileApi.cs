using System.Text.Json.Serialization;
using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Children.Matching;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Ingestion;
using ChildView.ChildProfile.Stewardship;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;
using ChildView.ServiceKit.Access.Postgres;
using ChildView.ServiceKit.Text;
using ChildView.ServiceKit.Auditing;
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
        builder.Services.AddSingleton(services => CallerProof.From(builder.Configuration, ProfileCallerProof.KeySetting, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ProfileReadSession>();
        builder.AddAuditChain(AuditSql.Log, DatabaseName);

        // A field the caller may not see is left out of the JSON altogether, not sent empty.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);
        builder.Services.AddStorableJsonInput();
        builder.Services.AddScoped<ChildLinker>();
        builder.Services.AddScoped<IdentityMatcher>();
        builder.Services.AddSingleton<IndexSize>();
        builder.Services.AddScoped<ChildMerger>();
        builder.Services.AddScoped<StewardDecisions>();
        builder.Services.AddScoped<ChildSeparator>();
        builder.Services.AddSingleton(DecisionSeal.From(builder.Configuration));
        builder.Services.AddScoped<AllocationStore>();
        builder.Services.AddScoped<RecordIngestor>();

        // Derivations run in registration order after every applied event: the headline first, then
        // households, then the indicators that read them.
        builder.Services.AddScoped<IChildDerivation, ChildHeadline>();
        builder.Services.AddScoped<IChildDerivation, HouseholdDerivation>();
        builder.Services.AddScoped<IFamilyDirectory, DerivedFamilyDirectory>();
        builder.Services.AddScoped<EarlyHelpIndicators>();
        builder.Services.AddScoped<IChildDerivation>(services => services.GetRequiredService<EarlyHelpIndicators>());
        builder.Services.AddSingleton<IndicatorSweep>();
        builder.Services.AddHostedService(services => services.GetRequiredService<IndicatorSweep>());
        return builder;
    }
}
