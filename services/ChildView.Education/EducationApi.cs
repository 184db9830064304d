using ChildView.Education.Pupils;
using ChildView.ServiceKit.Audit;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceDefaults;
using ChildView.Education.Data;
using ChildView.Messaging;
using ChildView.Messaging.Outbox.RecordSets;
using ChildView.Messaging.Postgres;

namespace ChildView.Education;

/// <summary>Entry point marker for hosting this API in tests, and its service registrations.</summary>
public static class EducationApi
{
    public const string ServiceName = "education";
    public const string DatabaseName = "educationdb";

    public static IHostApplicationBuilder AddEducationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EducationDbContext>(DatabaseName);
        builder.AddServiceAuditLog(ServiceName, DatabaseName);
        builder.AddRecordPipeline<EducationDbContext>(EducationDatabaseTables.Tables);
        builder.AddMessaging<EducationDbContext>(ServiceName);
        builder.Services.AddRecordSetExpander<PupilsRegisteredRecordSet>().AddRecordSetExpander<PupilDetailsChangedRecordSet>();
        builder.Services.AddRequestExample(new RegisterPupilRequest(ExampleChild.Request(new DateOnly(2013, 4, 17))));
        return builder;
    }
}
