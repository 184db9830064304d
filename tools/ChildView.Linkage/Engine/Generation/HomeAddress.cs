namespace ChildView.Linkage.Generation;

/// <summary>Where a household lives, as the council's address gazetteer would spell it.</summary>
public sealed record HomeAddress(string Number, string Street, string Town, string Postcode)
{
    /// <summary>The outward code ("DE22" of "DE22 3AB").</summary>
    public string District => Postcode[..Postcode.IndexOf(' ', StringComparison.Ordinal)];
}
