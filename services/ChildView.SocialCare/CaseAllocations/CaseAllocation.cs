using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.CaseAllocations;

/// <summary>Who holds the child's case: the allocated worker and team, from a date until the allocation ends (closes).</summary>
public sealed class CaseAllocation : ChildRecord
{
    /// <summary>The worker's staff id (the identity service's user name), for access decisions downstream.</summary>
    public required string WorkerId { get; set; }

    /// <summary>The worker's display name, as the staff directory gave it when the allocation was made.</summary>
    public required string WorkerName { get; set; }

    public required string Team { get; set; }

    public DateOnly FromDate { get; set; }

    /// <summary>The allocation's end; set when it is closed.</summary>
    public DateOnly? ToDate { get; set; }

    /// <summary>Who made the allocation or last corrected it, from their token (null for allocations made before this was kept).</summary>
    public string? AllocatedBy { get; set; }
}
