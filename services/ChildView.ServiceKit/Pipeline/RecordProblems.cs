using ChildView.Contracts.Access;
using Microsoft.AspNetCore.Http;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>The pipeline's refusals, each an RFC 9457 problem.</summary>
public static class RecordProblems
{
    /// <summary>The same answer for a record that does not exist and one the caller may not see.</summary>
    public static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such record.");

    public static IResult Forbidden(string recordType, RecordAction action) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Your role may not do this.",
        detail: $"The access policy does not let your role {action.Name()} {recordType} records.");

    /// <summary>409: a close records an end; a record that has one is corrected with PUT instead.</summary>
    public static IResult AlreadyClosed() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The record is already closed.",
        detail: "Correct a closed record with PUT; it cannot be closed twice.");

    /// <summary>428: a change must name the version it was made against; <c>*</c> names none.</summary>
    public static IResult VersionRequired(bool wildcard) => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "Name the version you are changing.",
        detail: wildcard
            ? "If-Match: * is not accepted: send the ETag of the version you read."
            : "Send If-Match with the ETag of the version you read (GET the record first).");

    /// <summary>A person lists the records of a child they name, never a whole county's.</summary>
    public static IResult ChildFilterRequired() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["localId"] = ["Name the child: give localId, upn, nhsNumber, familyName or pupilId."] },
        title: "The request is not valid.");
}
