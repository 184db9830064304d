using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChildView.ServiceKit.Audit;

/// <summary>
/// The data protection officer's check that a service's audit log is intact, the same answer as the
/// profile's. Under the API's read scope, as every GET through the gateway; only the policy's audit
/// readers get an answer, and every call, refused or not, is itself audited.
/// </summary>
public static class AuditVerificationApi
{
    public const string Route = "/dpo/audit/verification";
    public const string RecordType = "audit-log";
    public const string Action = "verify";

    public static IEndpointRouteBuilder MapAuditVerification(this IEndpointRouteBuilder app, ApiResource api)
    {
        app.MapGet(Route, VerifyAsync).RequireAuthorization(api.ReadScope).WithTags("Data protection officer");
        return app;
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(
        HttpContext http, AuditLogOwner owner, AuditChainVerifier verifier, IServiceAuditTrail trail, CancellationToken cancellationToken)
    {
        var caller = ServiceCaller.From(http.User, AccessPolicy.Current);
        var allowed = caller.IsPerson && caller.Roles.Any(AccessPolicy.Current.AuditReaders.Contains);
        AuditVerification? verification = null;
        if (allowed)
        {
            await using var connection = await owner.DataSource.OpenConnectionAsync(cancellationToken);
            verification = await verifier.VerifyAsync(connection, cancellationToken);
        }

        var outcome = allowed ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden;

        // Not the request's token: a caller who hangs up is still audited.
        await trail.AppendAsync(new ServiceAuditEntry(caller.Actor, caller.Roles, caller.Teams, Action, RecordType, [], [], outcome, RecordPipelineFilter.ClientAddress(http)), CancellationToken.None);
        return verification is null
            ? TypedResults.Problem(statusCode: outcome, title: "Only the data protection officer verifies the audit log.")
            : TypedResults.Ok(verification);
    }
}
