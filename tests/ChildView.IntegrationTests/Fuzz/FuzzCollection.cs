using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// The fuzz suite gets a platform of its own: it merges, assigns and breaks the glass on whatever
/// ids it finds, which must never disturb another test's children, and its row counts must see no
/// other test's writes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "fuzz";
}
