using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChildView.ServiceDefaults;

/// <summary>
/// A body that cannot be read (malformed JSON, a value of the wrong type) is the caller's mistake:
/// answer 400 with the offending field, never a 500.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new ValidationProblemDetails
        {
            Status = badRequest.StatusCode,
            Title = "The request could not be read.",
            Detail = "Check the body is well-formed JSON and each value has the expected type.",
        };
        if (FindJsonError(badRequest) is { } json)
        {
            problem.Errors[FieldName(json.Path)] = [json.Message.Split(" Path:", 2)[0]];
        }
        else
        {
            problem.Errors[FieldOfBindingFailure(badRequest.Message)] = [badRequest.Message];
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>
    /// Minimal APIs name the parameter they could not bind: <c>Failed to bind parameter "Guid PupilId"
    /// from "x".</c>, <c>Required parameter "DeleteRecordRequest request" was not provided from body.</c>
    /// A missing or <c>null</c> body is the body's fault; a query or route value is named as the caller
    /// spelt it in camelCase.
    /// </summary>
    private static string FieldOfBindingFailure(string message)
    {
        if (message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return "body";
        }

        var match = BoundParameter().Match(message);
        return match.Success ? ParameterName(match.Groups["name"].Value) : "request";
    }

    /// <summary>A parameter or property name as callers spell it in JSON and queries: camelCase.</summary>
    public static string ParameterName(string name) =>
        name.Length == 0 ? "query" : char.ToLowerInvariant(name[0]) + name[1..];

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    /// <summary>"$.child.dateOfBirth" → "child.dateOfBirth", matching the names validation uses.</summary>
    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
