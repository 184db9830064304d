namespace ChildView.ChildProfile.Access;

/// <summary>
/// A worker allocated to a child in a service (social worker, YOT officer, lead practitioner): the
/// relationship fact "own caseload" and "own team" rules are checked against, set-based, by the
/// database's row policies.
/// </summary>
public sealed class Allocation
{
    public required string SourceSystem { get; init; }

    /// <summary>The service's id for the allocation record.</summary>
    public Guid AllocationId { get; init; }

    public Guid ChildId { get; set; }

    /// <summary>The source's own id for the child: what an unmerge moves back by.</summary>
    public string? SourceLocalId { get; set; }

    /// <summary>The worker's staff user name (the <c>preferred_username</c> of their token).</summary>
    public required string WorkerUserName { get; set; }

    public required string Team { get; set; }

    /// <summary>Only live allocations count; an ended one is kept for the record.</summary>
    public bool Active { get; set; }

    public long EntityVersion { get; set; }

    /// <summary>Who made or last corrected the allocation in its service (a user name or a client id), for the DPO's questions.</summary>
    public string? AllocatedBy { get; set; }
}
