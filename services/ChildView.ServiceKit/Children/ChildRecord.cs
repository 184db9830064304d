namespace ChildView.ServiceKit.Children;

/// <summary>
/// What every service record about a child has: who it is about, and a version that starts at 1,
/// rises with every change, guards concurrent edits and becomes the events' entity version.
/// </summary>
public abstract class ChildRecord
{
    public Guid Id { get; init; }

    public required ChildDetails Child { get; set; }

    public long Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
