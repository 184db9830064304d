using ChildView.Messaging;
using ChildView.Messaging.Postgres;
using ChildView.YouthOffending.Allocations;
using ChildView.YouthOffending.Assessments;
using ChildView.YouthOffending.Data;
using ChildView.YouthOffending.FamilyMembers;
using ChildView.YouthOffending.Interventions;
using ChildView.YouthOffending.Outcomes;

namespace ChildView.YouthOffending;

/// <summary>Entry point marker for hosting this API in tests, its service registrations and its endpoints.</summary>
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

    public static IEndpointRouteBuilder MapYouthOffendingApis(this IEndpointRouteBuilder app) => app
        .MapOffenceOutcomesApi()
        .MapAssetPlusAssessmentsApi()
        .MapYouthInterventionsApi()
        .MapYotAllocationsApi()
        .MapYouthFamilyMembersApi();
}
