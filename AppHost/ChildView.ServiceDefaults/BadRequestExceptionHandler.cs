using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChildView.ServiceDefaults;

/// <summary>
/// A body that cannot be read (malformed JSON, a value of the wrong type) is the caller's mistake:
/// answer 400 with the offending field, never a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
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

    /// <summary>"$.child.dateOfBirth" → "child.dateOfBirth", matching the names validation uses.</summary>
    private static string FieldName(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
