using ChildView.ServiceKit.Children;
using ChildView.Contracts.Directory;
using ChildView.ServiceKit.Access;

namespace ChildView.EarlyYears.Allocations;

/// <summary>Which early years practitioner and team hold the child's case, and for when. Published so the profile and the service scope access by it.</summary>
public sealed class EarlyYearsAllocation : ChildRecord, ITeamAllocation
{
    /// <summary>The practitioner's ChildView user name (the identity access rules match on).</summary>
    public required string PractitionerId { get; set; }

    /// <summary>The practitioner's display name, as the staff directory gave it when the allocation was made.</summary>
    public required string PractitionerName { get; set; }

    public required string TeamCode { get; set; }

    public string? TeamName { get; set; }

    public DateOnly FromDate { get; set; }

    /// <summary>Set when the allocation ends (the record is then closed).</summary>
    public DateOnly? ToDate { get; set; }

    /// <summary>Who made the allocation or last corrected it, from their token (null for allocations made before this was kept).</summary>
    public string? AllocatedBy { get; set; }

    public void Assign(StaffMember worker)
    {
        PractitionerId = worker.UserName;
        PractitionerName = worker.DisplayName;
    }
}
