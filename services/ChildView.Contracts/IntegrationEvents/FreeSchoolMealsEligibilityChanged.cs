namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education changed, ended or deleted a period of free school meals eligibility; the full current state.</summary>
public sealed record FreeSchoolMealsEligibilityChanged(
    Guid EventId,
    string Source,
    long EntityVersion,
    DateTimeOffset OccurredAt,
    ChildIdentity Child,
    Guid EligibilityId,
    Guid PupilId,
    DateOnly StartDate,
    DateOnly? EndDate,
    RecordState State) : IIntegrationEvent;
