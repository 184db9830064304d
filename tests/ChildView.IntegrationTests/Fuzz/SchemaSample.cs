using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// A plausible value for a schema where the document gives no example: a valid child block for
/// <c>child</c>, dates that sit in a child's life (birth dates in the past, end dates after start
/// dates), so mutations land on a body that gets past the obvious checks.
/// </summary>
internal static class SchemaSample
{
    public static JsonNode? From(JsonElement schema, JsonElement schemas, string name, int depth)
    {
        schema = OpenApiEndpoints.Resolve(schema, schemas);
        if (depth > 6)
        {
            return null;
        }

        if (name == "child")
        {
            return JsonNode.Parse("""{"localId":"fuzz-1","givenName":"Robin","familyName":"Fuzzington","dateOfBirth":"2014-05-01","sex":"F","address":{"line1":"1 Fuzzington Row","town":"Matlock","postcode":"DE4 9FZ"}}""");
        }

        return OpenApiEndpoints.TypeOf(schema) switch
        {
            "object" => ObjectSample(schema, schemas, depth),
            "array" => schema.TryGetProperty("items", out var items) && From(items, schemas, name, depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            "integer" => name.Contains("version", StringComparison.OrdinalIgnoreCase) ? 1 : 2,
            "number" => 1.5,
            "boolean" => true,
            _ => StringSample(schema, name),
        };
    }

    private static JsonObject ObjectSample(JsonElement schema, JsonElement schemas, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = From(property.Value, schemas, property.Name, depth + 1);
            }
        }

        return result;
    }

    private static JsonNode StringSample(JsonElement schema, string name)
    {
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonValue.Create(values[0].ToString());
        }

        var lower = name.ToLowerInvariant();
        return OpenApiEndpoints.FormatOf(schema) switch
        {
            "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
            "date" or "date-time" when lower.Contains("birth") => JsonValue.Create("2014-05-01"),
            "date" or "date-time" when lower.Contains("end") || lower.Contains("close") || lower.Contains("outcome") => JsonValue.Create(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd")),
            "date" or "date-time" => JsonValue.Create(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30).ToString("yyyy-MM-dd")),
            _ when lower.Contains("reason") => JsonValue.Create("Recorded in error"),
            _ => JsonValue.Create("sample"),
        };
    }
}
