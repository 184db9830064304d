using System.Diagnostics.CodeAnalysis;

namespace ChildView.Migration.Validation;

/// <summary>
/// A target's field name → position map that first compares by reference: rules name fields with the same
/// string constants the target's field list is built from, so most look-ups never hash. Any other string
/// falls back to the ordinal dictionary (and a missing name throws as a dictionary does).
/// </summary>
internal sealed class FieldIndex(IReadOnlyList<string> names) : IReadOnlyDictionary<string, int>
{
    private readonly string[] _names = [.. names];
    private readonly Dictionary<string, int> _index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    public int this[string key]
    {
        get
        {
            for (var i = 0; i < _names.Length; i++)
            {
                if (ReferenceEquals(_names[i], key))
                    return i;
            }

            return _index[key];
        }
    }

    public IEnumerable<string> Keys => _index.Keys;

    public IEnumerable<int> Values => _index.Values;

    public int Count => _index.Count;

    public bool ContainsKey(string key) => _index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => _index.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => _index.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
