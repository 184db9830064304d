namespace ChildView.Migration.Targets;

/// <summary>The version and state a new record is stored with (the service's <c>version</c> and <c>state</c> columns).</summary>
public readonly record struct InitialState(long Version, string State)
{
    public static InitialState Open { get; } = new(1, "Open");
}
