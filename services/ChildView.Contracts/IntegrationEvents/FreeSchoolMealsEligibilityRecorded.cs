namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Education recorded a period of free school meals eligibility; entity version 1.</summary>
public sealed record FreeSchoolMealsEligibilityRecorded(
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
