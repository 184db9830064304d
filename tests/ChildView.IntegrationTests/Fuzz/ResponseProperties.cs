using System.Net;
using System.Text.Json;

namespace ChildView.IntegrationTests.Fuzz;

/// <summary>
/// What every answer to hostile input must satisfy: never a 5xx; every 4xx an RFC 9457
/// <c>application/problem+json</c> whose status matches, a 400 naming at least one field; and after
/// any 4xx, not one row more or less in any table of the service's database.
/// </summary>
public static class ResponseProperties
{
    public static Violation? Check(HttpStatusCode status, string? mediaType, string body, IReadOnlyList<string> rowChanges)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return new Violation("5xx", $"HTTP {code}: {FuzzCase.Abbreviate(body.ReplaceLineEndings(" "), 400)}");
        }

        if (code < 400)
        {
            return null;
        }

        if (rowChanges.Count > 0)
        {
            return new Violation("half-written", $"HTTP {code} but rows changed: {string.Join(", ", rowChanges)}");
        }

        if (mediaType != "application/problem+json")
        {
            return new Violation("not-a-problem", $"HTTP {code} with content type '{mediaType}': {FuzzCase.Abbreviate(body)}");
        }

        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return new Violation("not-a-problem", $"HTTP {code} problem body is not JSON: {FuzzCase.Abbreviate(body)}");
        }

        if (!problem.TryGetProperty("status", out var problemStatus) || problemStatus.ValueKind != JsonValueKind.Number || problemStatus.GetInt32() != code)
        {
            return new Violation("not-a-problem", $"HTTP {code} problem without a matching status: {FuzzCase.Abbreviate(body)}");
        }

        var namesAField = problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any();
        return code == 400 && !namesAField
            ? new Violation("no-field-named", $"HTTP 400 names no field: {FuzzCase.Abbreviate(body, 400)}")
            : null;
    }
}

/// <summary>A broken property: its kind (what shrinking must preserve) and what was seen.</summary>
public sealed record Violation(string Kind, string Detail);
