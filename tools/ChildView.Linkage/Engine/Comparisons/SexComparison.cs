using ChildView.Linkage.Records;

namespace ChildView.Linkage.Comparisons;

/// <summary>Recorded sex: same / different. Weak evidence on its own but cheap, and missing is neutral.</summary>
public sealed class SexComparison : IComparison
{
    public const int Same = 0, Different = 1;

    public string Name => "sex";

    public IReadOnlyList<string> LevelNames { get; } = ["exact", "else"];

    public PersonField Fields => PersonField.Sex;

    public int Compare(PersonRecord a, PersonRecord b) =>
        a.Sex is null || b.Sex is null ? IComparison.Missing : a.Sex[0] == b.Sex[0] ? Same : Different;
}
