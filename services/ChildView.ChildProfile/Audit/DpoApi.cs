using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Auditing;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChildView.ChildProfile.Audit;

public sealed record AccessLogQuery(Guid? ChildId, string? UserName, int? Page, int? PageSize);

public sealed record AccessLogEntry(long Seq, DateTimeOffset OccurredAt, string UserName, string Role, string Teams, Guid? ChildId, string Action, string Sections, string? Purpose, string Outcome, string? ClientAddress);

public sealed record BreakGlassReviewRequest(string? Decision)
{
    public static readonly IReadOnlySet<string> Decisions = new HashSet<string>(["accepted", "flagged"], StringComparer.Ordinal);

    public ValidationErrors Validate() => new ValidationErrors().OneOf("decision", Decision, Decisions);
}

/// <summary>
/// The data protection officer's view: who accessed a child, what a user accessed, the
/// break-the-glass review queue, and whether the audit chain is intact. Their own queries are audited too.
/// </summary>
public static class DpoApi
{
    public static IEndpointRouteBuilder MapDpoApi(this IEndpointRouteBuilder app)
    {
        var dpo = app.MapGroup("/dpo").WithTags("Data protection officer");
        dpo.MapGet("/access", AccessLog).RequireAuthorization(ApiResources.Profile.ReadScope);
        dpo.MapGet("/break-glass", ReviewQueue).RequireAuthorization(ApiResources.Profile.ReadScope);
        dpo.MapPost("/break-glass/{id:guid}/review", Review).RequireAuthorization(ApiResources.Profile.WriteScope!);
        dpo.MapGet("/audit/verification", Verify).RequireAuthorization(ApiResources.Profile.ReadScope);
        return app;
    }

    private static async Task<Results<Ok<Paged<AccessLogEntry>>, ValidationProblem, ProblemHttpResult>> AccessLog(
        [AsParameters] AccessLogQuery query, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        if (AuditReader(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.AuditQuery, query.ChildId, "Only the data protection officer reads the audit log.");
        }

        var errors = new ValidationErrors()
            .When(query.ChildId is null && string.IsNullOrWhiteSpace(query.UserName), "childId", "Give a child id or a user name.")
            .ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var (page, size) = (query.Page ?? 1, query.PageSize ?? Paging.DefaultPageSize);
        var result = await session.RunAsync(caller, async connection =>
        {
            await using var select = new NpgsqlCommand(
                """
                SELECT seq, occurred_at, user_name, role, teams, child_id, action, sections, purpose, outcome, client_address, count(*) OVER ()
                FROM audit_events WHERE (@child::uuid IS NULL OR child_id = @child OR child_ids @> ARRAY[@child::uuid]) AND (@user::text IS NULL OR user_name = @user)
                ORDER BY seq DESC LIMIT @take OFFSET @skip
                """,
                connection);
            select.Parameters.AddWithValue("child", (object?)query.ChildId ?? DBNull.Value);
            select.Parameters.AddWithValue("user", (object?)query.UserName?.Trim().ToLowerInvariant() ?? DBNull.Value);
            select.Parameters.AddWithValue("take", size);
            select.Parameters.AddWithValue("skip", (page - 1) * size);
            var entries = new List<AccessLogEntry>();
            var total = 0;
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    entries.Add(new AccessLogEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetGuid(5), reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                        reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
                    total = (int)reader.GetInt64(11);
                }
            }

            await AuditTrail.AppendAsync(connection, caller, new AuditEntry(AuditActions.AuditQuery, query.ChildId, ["audit"], $"allowed: user={query.UserName}",
                AccessRequestContext.Purpose(http), AccessRequestContext.ClientAddress(http)), cancellationToken);
            return new Paged<AccessLogEntry>(entries, page, size, total);
        }, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<List<BreakGlassGrant>>, ProblemHttpResult>> ReviewQueue(
        [FromQuery] bool? pending, HttpContext http, ProfileDbContext db, CancellationToken cancellationToken)
    {
        if (Reviewer(http) is null)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.BreakGlassReview, null, "Only the data protection officer reviews break-the-glass access.");
        }

        var grants = db.BreakGlassGrants.AsNoTracking();
        if (pending ?? true)
        {
            grants = grants.Where(g => g.Review == null);
        }

        return TypedResults.Ok(await grants.OrderBy(g => g.GrantedAt).Take(500).ToListAsync(cancellationToken));
    }

    private static async Task<Results<Ok<BreakGlassGrant>, NotFound, ValidationProblem, ProblemHttpResult>> Review(
        Guid id, BreakGlassReviewRequest request, HttpContext http, ProfileDbContext db, ProfileReadSession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Reviewer(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.BreakGlassReview, id, "Only the data protection officer reviews break-the-glass access.");
        }

        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var grant = await db.BreakGlassGrants.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grant is null)
        {
            return TypedResults.NotFound();
        }

        grant.Review = request.Decision;
        grant.ReviewedBy = caller.UserName;
        grant.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await session.RunAsync(caller, async connection =>
        {
            await AuditTrail.AppendAsync(connection, caller, new AuditEntry(AuditActions.BreakGlassReview, grant.ChildId, ["break-glass"], $"{request.Decision}: grant {id} by {grant.UserName}",
                null, AccessRequestContext.ClientAddress(http)), cancellationToken);
            return true;
        }, cancellationToken);
        return TypedResults.Ok(grant);
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> Verify(HttpContext http, ProfileReadSession session, AuditChainVerifier verifier, CancellationToken cancellationToken)
    {
        if (AuditReader(http) is not { } caller)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.AuditQuery, null, "Only the data protection officer verifies the audit log.");
        }

        return TypedResults.Ok(await session.RunAsync(caller, async connection =>
        {
            var verification = await verifier.VerifyAsync(connection, cancellationToken);
            await AuditTrail.AppendAsync(connection, caller, new AuditEntry(AuditActions.AuditQuery, null, ["audit"], "allowed: chain verification",
                null, AccessRequestContext.ClientAddress(http)), cancellationToken);
            return verification;
        }, cancellationToken));
    }

    private static ProfileCaller? AuditReader(HttpContext http) => ProfileCaller.InRoles(http, AccessPolicy.Current.AuditReaders);

    private static ProfileCaller? Reviewer(HttpContext http) => ProfileCaller.InRoles(http, AccessPolicy.Current.BreakGlassReviewers);
}
