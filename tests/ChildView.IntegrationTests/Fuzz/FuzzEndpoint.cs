using System.Text.Json.Nodes;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>One operation of a service as its OpenAPI document describes it.</summary>
public sealed record FuzzEndpoint(
    string Service,
    string Method,
    string PathTemplate,
    IReadOnlyList<string> PathParameters,
    IReadOnlyList<FuzzQueryParameter> QueryParameters,
    JsonObject? BaseBody)
{
    public bool HasBody => BaseBody is not null;

    public string Key => $"{Method} /api/{Service}{PathTemplate}";

    public override string ToString() => Key;
}

/// <summary>A query parameter and the JSON schema type it is documented with (integer, number, string, boolean).</summary>
public sealed record FuzzQueryParameter(string Name, string Type, string? Format, IReadOnlyList<string> Enum);
