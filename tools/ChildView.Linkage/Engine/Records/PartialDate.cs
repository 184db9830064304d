namespace ChildView.Linkage.Records;

/// <summary>A date whose day, month and year may each be unknown (source systems often hold only some).</summary>
public readonly record struct PartialDate(int? Day, int? Month, int? Year)
{
    public bool IsEmpty => Day is null && Month is null && Year is null;

    public override string ToString() => $"{Year?.ToString() ?? "????"}-{Month?.ToString("00") ?? "??"}-{Day?.ToString("00") ?? "??"}";
}
