namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// What the latest steward decision about two source records says: the same child or not. Kept once
/// for each direction, so the linker finds every verdict about an incoming record with one index.
/// </summary>
public sealed class SourcePairVerdict
{
    public required string SourceSystem { get; init; }

    public required string LocalId { get; init; }

    public required string OtherSourceSystem { get; init; }

    public required string OtherLocalId { get; init; }

    public bool SamePerson { get; set; }

    public Guid DecisionId { get; set; }
}
