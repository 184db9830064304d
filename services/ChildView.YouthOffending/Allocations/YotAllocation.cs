using ChildView.ServiceKit.Children;
using ChildView.Contracts.Directory;
using ChildView.ServiceKit.Access;

namespace ChildView.YouthOffending.Allocations;

/// <summary>Which YOT officer and team hold the child's case, and for when. Published so access can later follow allocation.</summary>
public sealed class YotAllocation : ChildRecord, ITeamAllocation
{
    /// <summary>The officer's ChildView user name (the identity a later access rule will match on).</summary>
    public required string OfficerId { get; set; }

    /// <summary>The officer's display name, as the staff directory gave it when the allocation was made.</summary>
    public required string OfficerName { get; set; }

    public required string TeamCode { get; set; }

    public string? TeamName { get; set; }

    public DateOnly FromDate { get; set; }

    /// <summary>Set when the allocation ends (the record is then closed).</summary>
    public DateOnly? ToDate { get; set; }

    /// <summary>Who made the allocation or last corrected it, from their token (null for allocations made before this was kept).</summary>
    public string? AllocatedBy { get; set; }

    public void Assign(StaffMember worker)
    {
        OfficerId = worker.UserName;
        OfficerName = worker.DisplayName;
    }
}
