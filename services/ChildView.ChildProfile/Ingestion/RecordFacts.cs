using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Ingestion;

/// <summary>
/// What the profile keeps of one service record, extracted from its event. <see cref="Attributes"/>
/// holds the few structured values that derived views (households, early-help indicators) reason
/// over, such as an exclusion's category or an assessment's factors, so they never parse summaries.
/// </summary>
public sealed record RecordFacts(
    string RecordType,
    Guid RecordId,
    string Summary,
    DateOnly? OccurredOn,
    RecordState State = RecordState.Open,
    IReadOnlyDictionary<string, string>? Attributes = null);
