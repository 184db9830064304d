namespace ChildView.ChildProfile.Access;

/// <summary>
/// Emergency access to one child's detail for a caller without the relationship, time-boxed, with
/// a stated reason and purpose, alerted to the data protection officer and reviewed afterwards.
/// </summary>
public sealed class BreakGlassGrant
{
    public Guid Id { get; init; }

    public required string UserName { get; init; }

    public required string Role { get; init; }

    public Guid ChildId { get; init; }

    public required string Reason { get; init; }

    public required string Purpose { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Null until the DPO reviews it; then "accepted" or "flagged".</summary>
    public string? Review { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }
}
