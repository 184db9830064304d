using ChildView.Linkage.Clustering;

namespace ChildView.UnitTests.Linkage;

public sealed class ConnectedComponentsTests
{
    [Fact]
    public void Matches_join_transitively_and_unmatched_records_stay_alone() =>
        Assert.Equal([0, 0, 2, 0, 4], ConnectedComponents.Cluster(5, [(3, 1), (1, 0)]));
}
