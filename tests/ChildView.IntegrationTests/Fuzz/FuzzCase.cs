using System.Text;
using System.Text.Json.Nodes;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>One change to the base body: set a value (raw JSON), remove a field or add an unexpected one.</summary>
public sealed record BodyMutation(BodyMutationKind Kind, string Path, string RawJson = "")
{
    public override string ToString() => Kind switch
    {
        BodyMutationKind.Remove => $"remove {Path}",
        BodyMutationKind.Add => $"add {Path} = {FuzzCase.Abbreviate(RawJson)}",
        _ => $"set {Path} = {FuzzCase.Abbreviate(RawJson)}",
    };
}

public enum BodyMutationKind
{
    Set,
    Remove,
    Add,
}

/// <summary>
/// One request: path ids, query values (already encoded), an optional If-Match, and the body as
/// either a malformed text or the endpoint's base body with mutations. Every part but the path
/// ids can be dropped one at a time, which is how a failing case is shrunk.
/// </summary>
public sealed record FuzzCase(
    IReadOnlyList<string> PathValues,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? IfMatch,
    string? MalformedBody,
    IReadOnlyList<BodyMutation> Mutations,
    string Caller)
{
    public int Ingredients => Query.Count + (IfMatch is null ? 0 : 1) + (MalformedBody is null ? 0 : 1) + Mutations.Count;

    /// <summary>Every case with exactly one ingredient removed, simplest first.</summary>
    public IEnumerable<FuzzCase> Smaller()
    {
        if (MalformedBody is not null)
        {
            yield return this with { MalformedBody = null };
        }

        for (var i = 0; i < Mutations.Count; i++)
        {
            yield return this with { Mutations = [.. Mutations.Where((_, j) => j != i)] };
        }

        for (var i = 0; i < Query.Count; i++)
        {
            yield return this with { Query = [.. Query.Where((_, j) => j != i)] };
        }

        if (IfMatch is not null)
        {
            yield return this with { IfMatch = null };
        }
    }

    public string PathAndQuery(FuzzEndpoint endpoint)
    {
        var path = endpoint.PathTemplate;
        for (var i = 0; i < endpoint.PathParameters.Count; i++)
        {
            path = path.Replace("{" + endpoint.PathParameters[i] + "}", PathValues[i], StringComparison.Ordinal);
        }

        var query = Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={q.Value}"));
        return $"/api/{endpoint.Service}{path}{query}";
    }

    public string? BodyText(FuzzEndpoint endpoint)
    {
        if (MalformedBody is not null)
        {
            return MalformedBody;
        }

        if (endpoint.BaseBody is null)
        {
            return null;
        }

        // Values go in as placeholders and are swapped for their raw text after serialising, so
        // they reach the server byte for byte (lone surrogates, 1e999) rather than re-encoded.
        var body = endpoint.BaseBody.DeepClone().AsObject();
        var raw = new Dictionary<string, string>();
        foreach (var mutation in Mutations)
        {
            var placeholder = $"__fuzz_{raw.Count}__";
            raw[$"\"{placeholder}\""] = mutation.RawJson;
            Apply(body, mutation, placeholder);
        }

        var text = body.ToJsonString();
        foreach (var (placeholder, value) in raw)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    public string Describe(FuzzEndpoint endpoint)
    {
        var text = new StringBuilder($"{endpoint.Method} {Abbreviate(PathAndQuery(endpoint), 300)} as {Caller}");
        if (IfMatch is not null)
        {
            text.Append($" If-Match: {IfMatch}");
        }

        if (MalformedBody is not null)
        {
            text.Append($" body (malformed): {Abbreviate(MalformedBody)}");
        }
        else if (endpoint.HasBody)
        {
            text.Append(Mutations.Count == 0 ? " body: the base body" : $" body: base with {string.Join("; ", Mutations)}");
        }

        return text.ToString();
    }

    internal static string Abbreviate(string value, int length = 120) =>
        value.Length <= length ? value : $"{value[..(length / 2)]}…({value.Length} chars)";

    private static void Apply(JsonObject body, BodyMutation mutation, string placeholder)
    {
        var segments = mutation.Path.Split('.');
        JsonNode? parent = body;
        foreach (var segment in segments[..^1])
        {
            parent = parent switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        var last = segments[^1];
        switch (parent, mutation.Kind)
        {
            case (JsonObject obj, BodyMutationKind.Remove):
                obj.Remove(last);
                break;
            case (JsonObject obj, _):
                obj[last] = placeholder;
                break;
            case (JsonArray array, BodyMutationKind.Remove) when int.TryParse(last, out var index) && index < array.Count:
                array.RemoveAt(index);
                break;
            case (JsonArray array, _) when int.TryParse(last, out var index) && index < array.Count:
                array[index] = placeholder;
                break;
        }
    }
}
