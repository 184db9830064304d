using ChildView.ServiceKit.Audit;
using ChildView.ServiceKit.Access;
using ChildView.Contracts.Security;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceDefaults;
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
        builder.AddServiceAuditLog(ServiceName, DatabaseName);
        builder.AddRecordPipeline<YouthOffendingDbContext>(YouthOffendingDatabaseTables.Tables);
        builder.Services.AddAllocationAuthority(builder.Configuration, SourceSystems.YouthOffending);
        builder.AddMessaging<YouthOffendingDbContext>(ServiceName);
        builder.Services.AddRequestExample(new RecordOffenceOutcomeRequest(
            ExampleChild.Request(new DateOnly(2010, 9, 2), upn: null), new DateOnly(2026, 6, 1), "Theft from a shop", 2, OutcomeTypes.ReferralOrder, new DateOnly(2026, 7, 15), 6));
        return builder;
    }

    public static IEndpointRouteBuilder MapYouthOffendingApis(this IEndpointRouteBuilder app) => app
        .MapAuditVerification(ApiResources.YouthOffending)
        .MapOffenceOutcomesApi()
        .MapAssetPlusAssessmentsApi()
        .MapYouthInterventionsApi()
        .MapYotAllocationsApi()
        .MapYouthFamilyMembersApi();
}
