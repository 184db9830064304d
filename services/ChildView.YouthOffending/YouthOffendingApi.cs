using ChildView.YouthOffending.Data;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;

namespace ChildView.YouthOffending;

/// <summary>Entry point marker for hosting this API in tests, and its service registrations.</summary>
public static class YouthOffendingApi
{
    public const string ServiceName = "youthoffending";
    public const string DatabaseName = "youthoffendingdb";

    public static IHostApplicationBuilder AddYouthOffendingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<YouthOffendingDbContext>(DatabaseName);
        builder.AddMessaging<YouthOffendingDbContext>(ServiceName);
        return builder;
    }
}
