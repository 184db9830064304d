using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ChildView.ServiceDefaults;

/// <summary>
/// A query value carrying a NUL character can never match anything (PostgreSQL cannot store one in
/// text) and would fail in the database as a 500; it is refused first, as a 400 naming the parameter.
/// Bodies are checked by each record's validation, which names the JSON field.
/// </summary>
public sealed class QueryTextGuard : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var offending = context.Request.Query.Where(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true)).Select(q => q.Key).ToList();
            if (offending.Count == 0)
            {
                await nextMiddleware(context);
                return;
            }

            var problem = new ValidationProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
                Detail = "Query values must not contain a NUL character.",
            };
            foreach (var name in offending)
            {
                problem.Errors[BadRequestExceptionHandler.ParameterName(name.Replace("\0", "", StringComparison.Ordinal))] = ["Must not contain a NUL character."];
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            var problems = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
            if (problems is null || !await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
            {
                await Results.Problem(problem).ExecuteAsync(context);
            }
        });
        next(app);
    };
}
