using ChildView.SocialCare.Data;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;

namespace ChildView.SocialCare;

/// <summary>Entry point marker for hosting this API in tests, and its service registrations.</summary>
public static class SocialCareApi
{
    public const string ServiceName = "socialcare";
    public const string DatabaseName = "socialcaredb";

    public static IHostApplicationBuilder AddSocialCareServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SocialCareDbContext>(DatabaseName);
        builder.AddMessaging<SocialCareDbContext>(ServiceName);
        return builder;
    }
}
