using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChildView.IntegrationTests.Fuzz;

public enum BodyLeafKind
{
    Text,
    Date,
    Number,
    Other,
}

/// <summary>A value in the base body, addressed by its dotted path (<c>child.dateOfBirth</c>, <c>factors.0</c>).</summary>
public sealed partial record BodyLeaf(string Path, BodyLeafKind Kind)
{
    public static IReadOnlyList<BodyLeaf> In(JsonObject body)
    {
        var leaves = new List<BodyLeaf>();
        Collect(body, "", leaves);
        return leaves;
    }

    private static void Collect(JsonNode? node, string path, List<BodyLeaf> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, path.Length == 0 ? name : $"{path}.{name}", leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}.{i}", leaves);
                }

                break;
            case JsonValue value:
                leaves.Add(new BodyLeaf(path, KindOf(value)));
                break;
            default:
                leaves.Add(new BodyLeaf(path, BodyLeafKind.Other));
                break;
        }
    }

    private static BodyLeafKind KindOf(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String when IsoDate().IsMatch(value.GetValue<string>()) => BodyLeafKind.Date,
        JsonValueKind.String => BodyLeafKind.Text,
        JsonValueKind.Number => BodyLeafKind.Number,
        _ => BodyLeafKind.Other,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
