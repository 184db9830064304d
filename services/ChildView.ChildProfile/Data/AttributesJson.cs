using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChildView.ChildProfile.Data;

/// <summary>A record's structured attributes as a jsonb object, compared by content so edits are saved.</summary>
internal static class AttributesJson
{
    public static readonly ValueConverter<Dictionary<string, string>, string> Converter = new(
        value => JsonSerializer.Serialize(value, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>());

    public static readonly ValueComparer<Dictionary<string, string>> Comparer = new(
        (left, right) => left != null && right != null && left.Count == right.Count && !left.Except(right).Any(),
        value => value.Aggregate(0, (hash, pair) => hash ^ HashCode.Combine(pair.Key, pair.Value)),
        value => new Dictionary<string, string>(value));
}
