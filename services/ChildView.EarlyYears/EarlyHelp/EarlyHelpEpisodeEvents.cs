using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.EarlyHelp;

public static class EarlyHelpEpisodeEvents
{
    public static EarlyHelpEpisodeRecorded Recorded(EarlyHelpEpisode e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, e.Version, now, e.Child.ToIdentity(SourceSystems.EarlyYears),
        e.Id, e.AssessmentDate, e.ConsentDate, e.LeadPractitioner, e.LeadAgency, e.TafPlanDate);

    public static EarlyHelpEpisodeChanged Changed(EarlyHelpEpisode e, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, e.Version, now, e.Child.ToIdentity(SourceSystems.EarlyYears),
        e.Id, e.State, e.AssessmentDate, e.ConsentDate, e.LeadPractitioner, e.LeadAgency, e.TafPlanDate, e.ClosureDate, e.ClosureOutcome);
}
