using ChildView.ServiceKit.Children;

namespace ChildView.Education.Pupils;

/// <summary>A child on a school roll in the county, as the education service records them.</summary>
public sealed class Pupil : ChildRecord;
