using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Pipeline;

namespace ChildView.SocialCare.CaseAllocations;

/// <summary>Who holds the child's case: the allocated worker and team, from a date until the allocation ends (closes).</summary>
public sealed class CaseAllocation : ChildRecord, IAllocationRecord
{
    /// <summary>The worker's staff id (the identity service's user name), for access decisions downstream.</summary>
    public required string WorkerId { get; set; }

    public required string WorkerName { get; set; }

    public required string Team { get; set; }

    public DateOnly FromDate { get; set; }

    /// <summary>The allocation's end; set when it is closed.</summary>
    public DateOnly? ToDate { get; set; }
}
