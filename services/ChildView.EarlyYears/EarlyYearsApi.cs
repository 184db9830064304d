using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.EarlyYears.Allocations;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Audit;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceDefaults;
using ChildView.EarlyYears.Data;
using ChildView.EarlyYears.DevelopmentalChecks;
using ChildView.EarlyYears.EarlyHelp;
using ChildView.EarlyYears.Entitlements;
using ChildView.EarlyYears.FamilyMembers;
using ChildView.EarlyYears.Settings;
using ChildView.Messaging;
using ChildView.Messaging.Postgres;

namespace ChildView.EarlyYears;

/// <summary>Entry point marker for hosting this API in tests, its service registrations and its endpoints.</summary>
public static class EarlyYearsApi
{
    public const string ServiceName = "earlyyears";
    public const string DatabaseName = "earlyyearsdb";

    public static IHostApplicationBuilder AddEarlyYearsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EarlyYearsDbContext>(DatabaseName);
        builder.AddServiceAuditLog(ServiceName, DatabaseName);
        builder.AddRecordPipeline<EarlyYearsDbContext>(EarlyYearsDatabaseTables.Tables);
        builder.Services.AddAllocationAuthority(builder.Configuration, SourceSystems.EarlyYears);
        builder.AddMessaging<EarlyYearsDbContext>(ServiceName);
        builder.Services.AddRequestExample(new RegisterAtSettingRequest(ExampleChild.Request(new DateOnly(2023, 2, 2), upn: null), "EY512345", "Little Acorns Nursery", new DateOnly(2025, 9, 1)));
        return builder;
    }

    public static IEndpointRouteBuilder MapEarlyYearsApis(this IEndpointRouteBuilder app) => app
        .MapAuditVerification(ApiResources.EarlyYears)
        .MapSettingRegistrationsApi()
        .MapFundedEntitlementsApi()
        .MapEarlyHelpEpisodesApi()
        .MapDevelopmentalChecksApi()
        .MapEarlyYearsFamilyMembersApi()
        .MapEarlyYearsAllocationsApi();
}
