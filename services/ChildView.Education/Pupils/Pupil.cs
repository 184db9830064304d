using ChildView.Contracts.CodeSets;
using ChildView.ServiceKit.Children;

namespace ChildView.Education.Pupils;

/// <summary>A child on a school roll in the county, as the education service records them.</summary>
public sealed class Pupil : ChildRecord
{
    /// <summary>A UPN the pupil held before (normalised, checksum-valid); the current one is in the child block.</summary>
    public string? FormerUpn { get; set; }

    /// <summary>Why the pupil has no UPN, one of <see cref="UpnUnknownReasons"/>; never set together with a UPN.</summary>
    public string? UpnUnknownReason { get; set; }
}
