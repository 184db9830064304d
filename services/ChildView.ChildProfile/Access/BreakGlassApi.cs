using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Profiles;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ChildProfile.Access;

public sealed record BreakGlassRequest(string? Reason, string? Purpose)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Required("reason", Reason, 1000)
        .When(Reason is { Length: > 0 and < 20 }, "reason", "Say why in at least 20 characters: the data protection officer reviews every use.")
        .Required("purpose", Purpose, 200);
}

public sealed record BreakGlassResponse(Guid GrantId, Guid ChildId, DateTimeOffset ExpiresAt);

/// <summary>
/// Emergency access: a caller in a permitted role, without the relationship the policy asks for,
/// gets one child's detail for a fixed time, at once, with a stated reason. Every grant is audited,
/// raised as an alert for the data protection officer and waits in their review queue.
/// </summary>
public static class BreakGlassApi
{
    public static IEndpointRouteBuilder MapBreakGlassApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/profiles/{id:guid}/break-glass", Open).WithTags("Break the glass").RequireAuthorization(ApiResources.Profile.WriteScope!);
        return app;
    }

    private static async Task<Results<Created<BreakGlassResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Open(
        Guid id, BreakGlassRequest request, HttpContext http, ProfileReadSession session, ProfileDbContext db, TimeProvider clock,
        ILogger<BreakGlassRequest> alerts, CancellationToken cancellationToken)
    {
        var policy = AccessPolicy.Current;
        var (caller, refusal) = ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), policy);
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.BreakGlass, id, refusal!);
        }

        if (!policy.BreakGlassRoles.Contains(caller.Role))
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.BreakGlass, id, $"The {caller.Role} role may not break the glass.");
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var grant = new BreakGlassGrant
        {
            Id = Guid.CreateVersion7(now),
            UserName = caller.UserName,
            Role = caller.Role,
            ChildId = id,
            Reason = request.Reason!.Trim(),
            Purpose = request.Purpose!.Trim(),
            GrantedAt = now,
            ExpiresAt = now + policy.BreakGlassDuration,
        };

        var exists = await session.RunAsync(caller, async connection =>
        {
            var child = await ProfileQueries.ChildAsync(connection, id, [], cancellationToken);
            await AuditTrail.AppendAsync(
                connection,
                caller,
                new AuditEntry(AuditActions.BreakGlass, id, ["*"], child is null ? "not-found" : $"granted until {grant.ExpiresAt:O}: {grant.Reason}",
                    grant.Purpose, AccessRequestContext.ClientAddress(http)),
                cancellationToken);
            return child is not null;
        }, cancellationToken);
        if (!exists)
        {
            return TypedResults.NotFound();
        }

        db.BreakGlassGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        alerts.LogWarning(
            "DPO ALERT: break-the-glass by {UserName} ({Role}) on child {ChildId} until {ExpiresAt}: {Reason}",
            caller.UserName, caller.Role, id, grant.ExpiresAt, grant.Reason);
        return TypedResults.Created($"/profiles/{id}", new BreakGlassResponse(grant.Id, id, grant.ExpiresAt));
    }
}
