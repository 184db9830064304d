namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Early years recorded the outcome of a child's 2-year developmental check (entity version 1); each area "on-track" or "not-on-track".</summary>
public sealed record DevelopmentalCheckRecorded(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid CheckId,
    DateOnly CheckDate,
    string Communication,
    string GrossMotor,
    string FineMotor,
    string ProblemSolving,
    string PersonalSocial) : IIntegrationEvent;
