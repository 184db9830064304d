using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Ingestion;

/// <summary>What the profile keeps of one service record, extracted from its event.</summary>
public sealed record RecordFacts(string RecordType, Guid RecordId, string Summary, DateOnly? OccurredOn, RecordState State = RecordState.Open);
