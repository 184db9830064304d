using ChildView.Contracts.IntegrationEvents;

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

    public RecordState State { get; set; } = RecordState.Open;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who created the record: the user name of a person, the client id of a machine client, from the token.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Who changed the record last, likewise from the token; set by the pipeline on every save.</summary>
    public string? UpdatedBy { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? DeletionReason { get; set; }

    /// <summary>Every change goes through here so the version and timestamp can never be forgotten.</summary>
    public void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    public void SoftDelete(string reason, DateTimeOffset now)
    {
        State = RecordState.Deleted;
        DeletedAt = now;
        DeletionReason = reason;
        Touch(now);
    }
}
