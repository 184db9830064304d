using ChildView.Contracts.IntegrationEvents;

namespace ChildView.YouthOffending.Outcomes;

public static class OffenceOutcomeEvents
{
    public static OffenceOutcomeRecorded Recorded(OffenceOutcome o, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, o.Version, now, o.Child.ToIdentity(SourceSystems.YouthOffending),
        o.Id, o.OffenceDate, o.OffenceType, o.GravityScore, o.Outcome, o.OutcomeDate, o.LengthMonths);

    public static OffenceOutcomeChanged Changed(OffenceOutcome o, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, o.Version, now, o.Child.ToIdentity(SourceSystems.YouthOffending),
        o.Id, o.State, o.OffenceDate, o.OffenceType, o.GravityScore, o.Outcome, o.OutcomeDate, o.LengthMonths, o.EndDate);
}
