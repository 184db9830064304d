using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// The one place every request to a service's records passes (after the scope check the endpoint's
/// authorization policy makes): the access policy for the caller's roles, the children they may touch,
/// If-Match on changes, a person's list naming a child, a 404 for a write onto a child outside scope,
/// and an audit row for every outcome, allowed or refused.
/// </summary>
public sealed class RecordPipelineFilter(string recordType, Type recordClrType) : IEndpointFilter
{
    private static readonly string[] ChildFilters = ["localId", "upn", "nhsNumber", "familyName", "pupilId"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var service = services.GetRequiredService<RecordPipelineOptions>().Service;
        var action = RecordActions.Of(http);
        var caller = ServiceCaller.From(http.User, AccessPolicy.Current);
        var request = services.GetRequiredService<RecordRequest>();

        var (scope, refusal) = RecordAuthorisation.Decide(caller, AccessPolicy.Current, service, recordType, action);
        object? result = refusal ?? Precondition(http, action) ?? ListFilter(http, caller, scope, action);
        var transaction = services.GetRequiredService<IRecordTransaction>();
        var actingRole = result is null ? RecordAuthorisation.ActingRole(caller, AccessPolicy.Current, service, recordType, action) : null;
        await transaction.BeginAsync(caller, actingRole, CancellationToken.None);
        if (result is null)
        {
            request.Begin(caller, scope, recordClrType, action);
            try
            {
                result = await next(context);
            }
            catch (RecordOutOfScopeException)
            {
                result = RecordProblems.NotFound();
            }
            catch (RecordAlreadyClosedException)
            {
                result = RecordProblems.AlreadyClosed();
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                await AuditFailureAsync(http, services, caller, action, request, transaction, failure);
                throw;
            }
        }

        // The audit row commits with the request's work, or neither does. Not the request's token: a caller who hangs up is still audited.
        await AuditAsync(http, services, caller, action, request, StatusOf(result));
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }

    /// <summary>
    /// A request that failed is rolled back and audited as 500, in a transaction of its own that can only audit,
    /// before the exception handler answers; if the database refuses the audit row too, the original failure
    /// is what is thrown (and logged).
    /// </summary>
    private async Task AuditFailureAsync(
        HttpContext http, IServiceProvider services, ServiceCaller caller, RecordAction action, RecordRequest request, IRecordTransaction transaction, Exception failure)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.BeginAsync(caller, jobRole: null, CancellationToken.None);
            await AuditAsync(http, services, caller, action, request, StatusCodes.Status500InternalServerError);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception auditFailure)
        {
            throw new AggregateException("The request failed and so did its audit row.", failure, auditFailure);
        }
    }

    private static IResult? Precondition(HttpContext http, RecordAction action)
    {
        if (!action.NeedsVersion())
        {
            return null;
        }

        var ifMatch = http.Request.Headers.IfMatch;
        if (ifMatch.Count == 0 || ifMatch.All(string.IsNullOrWhiteSpace))
        {
            return RecordProblems.VersionRequired(wildcard: false);
        }

        return ifMatch.Any(h => h!.Split(',').Any(tag => tag.Trim() == "*")) ? RecordProblems.VersionRequired(wildcard: true) : null;
    }

    private static IResult? ListFilter(HttpContext http, ServiceCaller caller, RecordScope scope, RecordAction action) =>
        action == RecordAction.List && caller.IsPerson && !scope.IsRestricted
        && !ChildFilters.Any(name => !string.IsNullOrWhiteSpace(http.Request.Query[name]))
            ? RecordProblems.ChildFilterRequired()
            : null;

    private async Task AuditAsync(HttpContext http, IServiceProvider services, ServiceCaller caller, RecordAction action, RecordRequest request, int outcome)
    {
        var ids = request.Touched.Select(r => r.Id).ToList();
        if (ids.Count == 0 && Guid.TryParse(http.Request.RouteValues["id"]?.ToString(), out var asked))
        {
            ids.Add(asked);
        }

        var entry = new ServiceAuditEntry(
            caller.Actor,
            caller.Roles,
            caller.Teams,
            action.Name(),
            recordType,
            ids,
            [.. request.Touched.Select(r => r.Child.LocalId).Distinct()],
            outcome,
            ClientAddress(http));

        await services.GetRequiredService<IServiceAuditTrail>().AppendAsync(entry, CancellationToken.None);
    }

    /// <summary>The caller's address as the gateway forwarded it, else the connection's.</summary>
    internal static string? ClientAddress(HttpContext http) =>
        http.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim() is { Length: > 0 } forwarded
            ? forwarded
            : http.Connection.RemoteIpAddress?.ToString();

    private static int StatusOf(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK;
    }
}
