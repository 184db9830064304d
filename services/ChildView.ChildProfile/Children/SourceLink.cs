namespace ChildView.ChildProfile.Children;

/// <summary>A source system's own id for a child, linked to the unified child it was resolved to.</summary>
public sealed class SourceLink
{
    public required string SourceSystem { get; init; }

    public required string LocalId { get; init; }

    public Guid ChildId { get; init; }
}
