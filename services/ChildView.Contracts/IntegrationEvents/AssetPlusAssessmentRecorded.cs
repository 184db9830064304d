namespace ChildView.Contracts.IntegrationEvents;

/// <summary>The youth offending team recorded an AssetPlus assessment summary (entity version 1).</summary>
public sealed record AssetPlusAssessmentRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid AssessmentId,
    DateOnly AssessmentDate,
    string RiskOfSeriousHarm,
    string SafetyAndWellbeing,
    string LikelihoodOfReoffending) : IIntegrationEvent;
