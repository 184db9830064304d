using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Indicators;

/// <summary>What the evaluator sees of one profile record: its place, date, state and structured attributes.</summary>
public sealed record IndicatorRecord(
    Guid ChildId, string Source, string RecordType, Guid RecordId, DateOnly? OccurredOn, RecordState State, IReadOnlyDictionary<string, string> Attributes)
{
    public FlagEvidence Evidence => new(ChildId, Source, RecordType, RecordId);
}

/// <summary>One record that made a flag fire.</summary>
public sealed record FlagEvidence(Guid ChildId, string Source, string RecordType, Guid RecordId);

/// <summary>A rule that holds for a subject now, with the records that make it hold.</summary>
public sealed record IndicatorHit(string RuleId, string OutcomeArea, IReadOnlyList<FlagEvidence> Evidence);
