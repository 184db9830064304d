namespace ChildView.Migration.Input;

/// <summary>A legacy file's column names; looked up ignoring case and surrounding spaces, as exports vary.</summary>
public sealed class LegacyHeader(IReadOnlyList<string> names)
{
    private readonly Dictionary<string, int> _index = names
        .Select((name, i) => (Name: name.Trim(), i))
        .Where(p => p.Name.Length > 0)
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Names { get; } = names;

    public int IndexOf(string column) => _index.TryGetValue(column.Trim(), out var index) ? index : -1;

    public bool Contains(string column) => IndexOf(column) >= 0;
}
