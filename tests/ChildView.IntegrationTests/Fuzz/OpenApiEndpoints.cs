using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// Every operation in a service's Swagger document, with a plausible base body: the documented
/// example when there is one, otherwise one synthesised from the schema. Reading the document,
/// not a hand-kept list, is what makes a new endpoint fuzzed the day it is added.
/// </summary>
public static class OpenApiEndpoints
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<FuzzEndpoint> Read(string service, JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s) ? s : default;
        var endpoints = new List<FuzzEndpoint>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                var pathParameters = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList();
                var query = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => QueryParameter(x, schemas)).ToList();
                endpoints.Add(new FuzzEndpoint(service, operation.Name.ToUpperInvariant(), path.Name, pathParameters, query, BaseBody(operation.Value, schemas)));
            }
        }

        return endpoints;
    }

    private static FuzzQueryParameter QueryParameter(JsonElement parameter, JsonElement schemas)
    {
        var schema = parameter.TryGetProperty("schema", out var sc) ? Resolve(sc, schemas) : default;
        var enumValues = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var e)
            ? e.EnumerateArray().Select(v => v.ToString()).ToList()
            : [];
        return new FuzzQueryParameter(parameter.GetProperty("name").GetString()!, TypeOf(schema), FormatOf(schema), enumValues);
    }

    private static JsonObject? BaseBody(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            return null;
        }

        if (json.TryGetProperty("example", out var example) && example.ValueKind == JsonValueKind.Object)
        {
            return JsonNode.Parse(example.GetRawText())!.AsObject();
        }

        return json.TryGetProperty("schema", out var schema) && SchemaSample.From(schema, schemas, "", 0) is JsonObject sample ? sample : new JsonObject();
    }

    internal static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var depth = 0; depth < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); depth++)
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    /// <summary>The schema's type, whether written as "string" (OpenAPI 3.0) or ["string","null"] (3.1).</summary>
    internal static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string"
            : type.GetString()!;
    }

    internal static string? FormatOf(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null;
}
