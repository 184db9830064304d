using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access;
using Microsoft.AspNetCore.Http;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// The policy check of the record pipeline: from the caller's job roles and the policy's <c>services</c>
/// block, the children whose records they may touch, or the answer that refuses them.
/// </summary>
public static class RecordAuthorisation
{
    public static (RecordScope Scope, IResult? Refusal) Decide(ServiceCaller caller, AccessPolicy policy, string service, string recordType, RecordAction action)
    {
        if (caller.IsMachine)
        {
            return (RecordScope.Everyone, null);
        }

        var read = policy.Services.Read(caller.Roles, service, recordType);
        if (read == Relationship.None)
        {
            return (RecordScope.Everyone, action.IsOnOneRecord() ? RecordProblems.NotFound() : RecordProblems.Forbidden(recordType, action));
        }

        if (action.IsWrite() && !policy.Services.MayChange(caller.Roles, service, recordType, action))
        {
            return (RecordScope.Everyone, RecordProblems.Forbidden(recordType, action));
        }

        var scope = read switch
        {
            Relationship.Team => RecordScope.OfTeams(caller.Teams),
            Relationship.Caseload => RecordScope.OfCaseload(caller.Actor),
            _ => RecordScope.Everyone,
        };
        return (scope, null);
    }

    /// <summary>
    /// The one job role the database holds an allowed person's request to (it takes one role at a time): of the
    /// caller's roles that allow the action, the one reading the record type most widely. Null when none does.
    /// </summary>
    public static string? ActingRole(ServiceCaller caller, AccessPolicy policy, string service, string recordType, RecordAction action) => caller.Roles
        .Where(role => policy.Services.Read([role], service, recordType) != Relationship.None
            && (!action.IsWrite() || policy.Services.MayChange([role], service, recordType, action)))
        .OrderByDescending(role => policy.Services.Read([role], service, recordType))
        .FirstOrDefault();
}
