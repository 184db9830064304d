using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.DevelopmentalChecks;

public static class DevelopmentalCheckEvents
{
    public static DevelopmentalCheckRecorded Recorded(DevelopmentalCheck c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, c.Version, now, c.Child.ToIdentity(SourceSystems.EarlyYears),
        c.Id, c.CheckDate, c.Communication, c.GrossMotor, c.FineMotor, c.ProblemSolving, c.PersonalSocial);

    public static DevelopmentalCheckChanged Changed(DevelopmentalCheck c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, c.Version, now, c.Child.ToIdentity(SourceSystems.EarlyYears),
        c.Id, c.State, c.CheckDate, c.Communication, c.GrossMotor, c.FineMotor, c.ProblemSolving, c.PersonalSocial);
}
