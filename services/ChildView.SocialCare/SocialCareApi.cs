using ChildView.Contracts.Security;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Audit;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceDefaults;
using ChildView.Messaging;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.Messaging.Postgres;
using ChildView.SocialCare.Assessments;
using ChildView.SocialCare.CareFamilyMembers;
using ChildView.SocialCare.CaseAllocations;
using ChildView.SocialCare.CaseNotes;
using ChildView.SocialCare.ChildInNeedPlans;
using ChildView.SocialCare.ChildProtectionPlans;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.LookedAfterEpisodes;
using ChildView.SocialCare.Referrals;
using ChildView.SocialCare.Section47Enquiries;

namespace ChildView.SocialCare;

/// <summary>Entry point marker for hosting this API in tests, its service registrations, and its feature endpoints.</summary>
public static class SocialCareApi
{
    public const string ServiceName = "socialcare";
    public const string DatabaseName = "socialcaredb";

    public static IHostApplicationBuilder AddSocialCareServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SocialCareDbContext>(DatabaseName);
        builder.AddServiceAuditLog(ServiceName, DatabaseName);
        builder.AddRecordPipeline<SocialCareDbContext>(SocialCareDatabaseTables.Tables);
        builder.Services.AddAllocationAuthority(builder.Configuration, SourceSystems.SocialCare);
        builder.AddMessaging<SocialCareDbContext>(ServiceName);
        builder.Services.AddRecordSetExpander<ReferralsRecordedRecordSet>().AddRecordSetExpander<ReferralsChangedRecordSet>();
        builder.Services.AddRequestExample(new RecordReferralRequest(ExampleChild.Request(new DateOnly(2013, 4, 17)), new DateOnly(2026, 10, 1), "2A", "N1"));
        return builder;
    }

    /// <summary>Every social care feature: the CIN census episode (referral → assessment, s.47, plans), SSDA903 episodes, and the case.</summary>
    public static IEndpointRouteBuilder MapSocialCareApis(this IEndpointRouteBuilder app) => app
        .MapAuditVerification(ApiResources.SocialCare)
        .MapReferralsApi()
        .MapAssessmentsApi()
        .MapSection47EnquiriesApi()
        .MapChildProtectionPlansApi()
        .MapChildInNeedPlansApi()
        .MapLookedAfterEpisodesApi()
        .MapCaseNotesApi()
        .MapCaseAllocationsApi()
        .MapCareFamilyMembersApi();
}
