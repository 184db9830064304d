namespace ChildView.Contracts.CodeSets;

/// <summary>Census sex codes: M, F, U (unknown) or I (indeterminate).</summary>
public static class SexCodes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(["M", "F", "U", "I"], StringComparer.Ordinal);
}
