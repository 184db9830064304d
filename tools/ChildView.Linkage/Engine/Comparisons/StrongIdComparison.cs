using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// Strong identifier: exact / one keying slip apart / else. Ids failing the pluggable checksum are
/// ignored (treated as missing). For check-digit ids a one-slip difference cannot pass both
/// checksums often, so that level mostly matters for ids without one (FEBRL's soc_sec_id).
/// </summary>
public sealed class StrongIdComparison(IStrongIdValidator validator) : IComparison
{
    public const int Exact = 0, OneEdit = 1, Different = 2;

    public string Name => "strong_id";

    public IReadOnlyList<string> LevelNames { get; } = ["exact", "one edit", "else"];

    public PersonField Fields => PersonField.StrongId;

    public IStrongIdValidator Validator => validator;

    public int Compare(PersonRecord a, PersonRecord b)
    {
        var aId = Usable(a.StrongId);
        var bId = Usable(b.StrongId);
        if (aId is null || bId is null)
            return IComparison.Missing;
        if (aId == bId)
            return Exact;
        return EditDistance.WithinOneEdit(aId, bId) ? OneEdit : Different;
    }

    public string? Usable(string? id) => id is not null && validator.IsValid(id) ? id : null;
}
