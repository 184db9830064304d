using ChildView.EarlyYears.Data;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;

namespace ChildView.EarlyYears;

/// <summary>Entry point marker for hosting this API in tests, and its service registrations.</summary>
public static class EarlyYearsApi
{
    public const string ServiceName = "earlyyears";
    public const string DatabaseName = "earlyyearsdb";

    public static IHostApplicationBuilder AddEarlyYearsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EarlyYearsDbContext>(DatabaseName);
        builder.AddMessaging<EarlyYearsDbContext>(ServiceName);
        return builder;
    }
}
