using ChildView.Contracts.IntegrationEvents;

namespace ChildView.YouthOffending.Interventions;

public static class YouthInterventionEvents
{
    public static YouthInterventionRecorded Recorded(YouthIntervention i, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, i.Version, now, i.Child.ToIdentity(SourceSystems.YouthOffending),
        i.Id, i.State, i.InterventionType, i.Description, i.StartDate, i.EndDate);

    public static YouthInterventionChanged Changed(YouthIntervention i, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, i.Version, now, i.Child.ToIdentity(SourceSystems.YouthOffending),
        i.Id, i.State, i.InterventionType, i.Description, i.StartDate, i.EndDate);
}
