namespace ChildView.Migration.Validation;

/// <summary>Per field: how often a value was present, and how often a present value was valid.</summary>
public sealed class FieldTally(int fields)
{
    public long[] Present { get; } = new long[fields];

    public long[] Valid { get; } = new long[fields];
}
