using ChildView.Contracts.IntegrationEvents;

namespace ChildView.YouthOffending.Assessments;

public static class AssetPlusAssessmentEvents
{
    public static AssetPlusAssessmentRecorded Recorded(AssetPlusAssessment a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, a.Version, now, a.Child.ToIdentity(SourceSystems.YouthOffending),
        a.Id, a.AssessmentDate, a.RiskOfSeriousHarm, a.SafetyAndWellbeing, a.LikelihoodOfReoffending);

    public static AssetPlusAssessmentChanged Changed(AssetPlusAssessment a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, a.Version, now, a.Child.ToIdentity(SourceSystems.YouthOffending),
        a.Id, a.State, a.AssessmentDate, a.RiskOfSeriousHarm, a.SafetyAndWellbeing, a.LikelihoodOfReoffending);
}
