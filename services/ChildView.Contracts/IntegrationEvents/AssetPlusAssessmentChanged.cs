namespace ChildView.Contracts.IntegrationEvents;

/// <summary>An AssetPlus assessment summary was corrected or deleted; the full current state, not a diff.</summary>
public sealed record AssetPlusAssessmentChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AssessmentId,
    RecordState State,
    DateOnly AssessmentDate,
    string RiskOfSeriousHarm,
    string SafetyAndWellbeing,
    string LikelihoodOfReoffending) : IIntegrationEvent;
