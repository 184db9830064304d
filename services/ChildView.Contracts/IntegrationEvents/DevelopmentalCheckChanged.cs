namespace ChildView.Contracts.IntegrationEvents;

/// <summary>A 2-year developmental check was corrected or deleted; the full current state, not a diff.</summary>
public sealed record DevelopmentalCheckChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid CheckId,
    RecordState State,
    DateOnly CheckDate,
    string Communication,
    string GrossMotor,
    string FineMotor,
    string ProblemSolving,
    string PersonalSocial) : IIntegrationEvent;
