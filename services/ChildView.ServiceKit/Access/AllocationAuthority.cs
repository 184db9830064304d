using System.Security.Claims;
using ChildView.Contracts.Access;
using ChildView.Contracts.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace ChildView.ServiceKit.Access;

/// <summary>
/// Whether the caller may create, correct, close or delete an allocation in <paramref name="service"/>.
/// An allocation decides who may see a child, so: a person must hold one of the policy's allocator
/// roles for the service and act within one of their own teams; a machine client must hold the
/// service's admin scope; the worker must be an active member of that team in the staff directory,
/// in an allocatable role, and not the caller; a correction stays in its team. Every refusal is a 403
/// problem saying why (logged as a security warning); an unreachable directory is a 503.
/// </summary>
public sealed class AllocationAuthority(IStaffDirectory directory, ILogger<AllocationAuthority> logger, string service)
{
    private ServiceAllocationRules Rules => AccessPolicy.Current.Allocation.For(service);

    /// <summary>A new allocation of <paramref name="worker"/> in <paramref name="team"/>.</summary>
    public Task<AllocationDecision> AllocateAsync(ClaimsPrincipal user, string team, string worker, CancellationToken cancellationToken) =>
        DecideAsync(AllocationCaller.From(user), team, team, worker, cancellationToken);

    /// <summary>A correction (PUT) of an allocation now in <paramref name="currentTeam"/>.</summary>
    public Task<AllocationDecision> CorrectAsync(ClaimsPrincipal user, string currentTeam, string team, string worker, CancellationToken cancellationToken) =>
        DecideAsync(AllocationCaller.From(user), currentTeam, team, worker, cancellationToken);

    /// <summary>Closing or deleting an allocation of <paramref name="currentTeam"/>: the worker is not looked up.</summary>
    public AllocationDecision End(ClaimsPrincipal user, string currentTeam)
    {
        var caller = AllocationCaller.From(user);
        return CallerRefusal(caller, currentTeam) is { } refusal ? Refuse(caller, refusal) : new AllocationDecision(null, caller.Actor!, null);
    }

    private async Task<AllocationDecision> DecideAsync(AllocationCaller caller, string currentTeam, string team, string worker, CancellationToken cancellationToken)
    {
        if (CallerRefusal(caller, currentTeam) is { } refusal)
        {
            return Refuse(caller, refusal);
        }

        if (!SameTeam(currentTeam, team))
        {
            return Refuse(caller, ("An allocation cannot be moved to another team.", "Close it and allocate the case afresh in the other team."));
        }

        var workerName = worker.Trim().ToLowerInvariant();
        if (workerName == caller.Actor)
        {
            return Refuse(caller, ("Nobody may allocate a case to themselves.", "Ask another team manager to allocate the case to you."));
        }

        try
        {
            var member = await directory.FindAsync(workerName, cancellationToken);
            if (WorkerRefusal(member, team) is { } workerRefusal)
            {
                return Refuse(caller, workerRefusal);
            }

            return new AllocationDecision(null, caller.Actor!, member);
        }
        catch (StaffDirectoryUnavailableException ex)
        {
            logger.LogError(ex, "Allocation in {Service} by {Actor} refused: the staff directory cannot be reached.", service, caller.Actor);
            return AllocationDecision.Refused(TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The staff directory cannot be reached.",
                detail: "Allocations are checked against the identity service's directory; try again shortly."));
        }
    }

    private (string Title, string Detail)? CallerRefusal(AllocationCaller caller, string team)
    {
        if (caller.Actor is null)
        {
            return ("The token does not say who is allocating.", "Allocations record who made them; use a token that names a user or a client.");
        }

        if (!caller.IsPerson)
        {
            return caller.HoldsAdminScope(service)
                ? null
                : ("A service client needs the admin scope to allocate.", $"Allocating decides who may see a child; the {service} write scope alone is not enough.");
        }

        if (!caller.Roles.Overlaps(Rules.Allocators))
        {
            return ("Your job role may not allocate cases.", $"Allocations in {service} are made by: {string.Join(", ", Rules.Allocators.Order(StringComparer.Ordinal))}.");
        }

        return caller.IsInTeam(team) ? null : ("You may only allocate within your own teams.", $"'{team}' is not one of your teams.");
    }

    private (string Title, string Detail)? WorkerRefusal(StaffMember? member, string team)
    {
        if (member is null)
        {
            return ("The worker is not in the staff directory.", "A case can only be allocated to a ChildView user.");
        }

        if (!member.Active)
        {
            return ("The worker's account is not active.", "A case cannot be allocated to a disabled account.");
        }

        if (!member.Roles.Any(Rules.AllocatableRoles.Contains))
        {
            return ("The worker's job role cannot hold cases here.", $"Cases in {service} are allocated to: {string.Join(", ", Rules.AllocatableRoles.Order(StringComparer.Ordinal))}.");
        }

        return member.Teams.Any(t => SameTeam(t, team)) ? null : ("The worker is not a member of that team.", $"'{member.UserName}' is not in '{team}'.");
    }

    private AllocationDecision Refuse(AllocationCaller caller, (string Title, string Detail) reason)
    {
        logger.LogWarning("Security: allocation in {Service} refused for {Actor}: {Reason}", service, caller.Actor ?? "(unnamed caller)", reason.Title);
        return AllocationDecision.Refused(TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: reason.Title, detail: reason.Detail));
    }

    private static bool SameTeam(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
