using ChildView.Testing;

namespace ChildView.IntegrationTests.Support;

/// <summary>One platform for the whole test run: starting seven hosts per test class would dominate the run time.</summary>
public sealed class PlatformFixture : PlatformHost, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
