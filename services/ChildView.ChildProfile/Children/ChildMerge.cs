namespace ChildView.ChildProfile.Children;

/// <summary>
/// A steward's decision that two children are one. It lists exactly what moved, so an unmerge can
/// move the same source links (and every record that came through them since) back.
/// </summary>
public sealed class ChildMerge
{
    public Guid Id { get; init; }

    public Guid SurvivorChildId { get; init; }

    public Guid MergedChildId { get; init; }

    public List<SourceKey> MovedSourceLinks { get; init; } = [];

    public List<string> MovedIdentifiers { get; init; } = [];

    public Guid? ReviewId { get; init; }

    public required string MergedBy { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset MergedAt { get; init; }

    public string? UnmergedBy { get; set; }

    public string? UnmergeReason { get; set; }

    public DateTimeOffset? UnmergedAt { get; set; }
}

public sealed record SourceKey(string SourceSystem, string LocalId);
