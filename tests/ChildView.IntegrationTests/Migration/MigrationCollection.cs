using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Migration;

/// <summary>
/// The bulk-loading migration tests get a platform of their own: each run announces hundreds of
/// pupils, and on the shared platform those events queued ahead of every other test's in the one
/// profile, so a test waiting for a single record could time out behind them. They run after the
/// parallel collections, alone, so ingesting those pupils takes no processor time from tests that
/// wait for the profile.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MigrationCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "migration";
}
