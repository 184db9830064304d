using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ServiceKit.Http;

public static class ConcurrencyProblems
{
    /// <summary>412: the caller edited a version that someone else has since changed.</summary>
    public static ProblemHttpResult Stale(long? currentVersion) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The record has changed since you read it.",
        detail: currentVersion is { } v
            ? $"The current version is {v} ({ETags.For(v)}). Read it again and reapply your change."
            : "Read it again and reapply your change.");
}
