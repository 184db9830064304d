using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Indicators.Postgres;
using ChildView.ChildProfile.Profiles;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using ChildView.ServiceKit.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// The multi-agency early-help worklist: flags the caller's role may see (the database decides),
/// their evidence filtered exactly as the profile filters records, and assignment. Every read and
/// assignment is audited.
/// </summary>
public static class WorklistApi
{
    public static IEndpointRouteBuilder MapWorklistApi(this IEndpointRouteBuilder app)
    {
        var worklist = app.MapGroup("/worklist").WithTags("Early-help worklist");
        worklist.MapGet("/", List).RequireAuthorization(ApiResources.Profile.ReadScope);
        worklist.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Profile.ReadScope);
        worklist.MapPost("/{id:guid}/assign", Assign).RequireAuthorization(ApiResources.Profile.WriteScope!);
        return app;
    }

    private static async Task<Results<Ok<WorklistPage>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] WorklistQuery query, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http, AccessPolicy.Current.WorklistReaders, "use the worklist");
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, WorklistAuditActions.List, null, refusal!);
        }

        var errors = query.Validate(IndicatorRuleSet.Current);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var page = await session.RunAsync(caller, async connection =>
        {
            var (rows, total) = await FlagQueries.ListAsync(connection, query, cancellationToken);
            var names = await FlagQueries.NamesAsync(connection, [.. rows.Select(r => r.ChildId).Distinct()], view.Sees("names"), cancellationToken);
            await AuditTrail.AppendAsync(connection, caller, Entry(http, WorklistAuditActions.List, null, ["summary.flags"], $"allowed: {total} found") with { ChildrenReturned = [.. rows.Select(r => r.ChildId).Distinct()] }, cancellationToken);
            return new WorklistPage([.. rows.Select(r => Item(r, names))], query.PageOrDefault, query.PageSizeOrDefault, total);
        }, cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<WorklistDetail>, NotFound, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http, AccessPolicy.Current.WorklistReaders, "use the worklist");
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, WorklistAuditActions.Read, null, refusal!);
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var detail = await session.RunAsync(caller, async connection =>
        {
            var flag = await FlagQueries.FindAsync(connection, id, cancellationToken);
            if (flag is null)
            {
                await AuditTrail.AppendAsync(connection, caller, Entry(http, WorklistAuditActions.Read, null, [], $"not-found: flag {id}"), cancellationToken);
                return null;
            }

            var (evidence, disclosed) = await EvidenceAsync(connection, view, flag, cancellationToken);
            var names = await FlagQueries.NamesAsync(connection, [flag.ChildId], view.Sees("names"), cancellationToken);
            var history = await FlagQueries.HistoryAsync(connection, flag, cancellationToken);
            await AuditTrail.AppendAsync(
                connection, caller, Entry(http, WorklistAuditActions.Read, flag.ChildId, disclosed.Prepend("summary.flags"), $"allowed: flag {id}"), cancellationToken);
            var description = flag.RuleId == IndicatorRuleSet.Current.FamilyReview.Id
                ? IndicatorRuleSet.Current.FamilyReview.Description
                : IndicatorRuleSet.Current.Rule(flag.RuleId)?.Description ?? "";
            return new WorklistDetail(Item(flag, names), description, evidence, flag.Evidence.Count - evidence.Count, history);
        }, cancellationToken);

        if (detail is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(http.Response, detail.Flag.Version);
        return TypedResults.Ok(detail);
    }

    private static async Task<Results<Ok<WorklistItem>, NotFound, ValidationProblem, ProblemHttpResult>> Assign(
        Guid id, AssignFlagRequest request, HttpContext http, ProfileReadSession session, ProfileDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http, AccessPolicy.Current.WorklistAssigners, "assign worklist flags");
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, WorklistAuditActions.Assign, null, refusal!);
        }

        var ifMatch = IfMatchVersion(http);
        var errors = request.Validate(ifMatch is not null)
            .When(ifMatch is -1, "If-Match", "Not an ETag this API issued.")
            .When(ifMatch is > 0 && request.Version is { } v && v != ifMatch, "version", "Differs from the If-Match header.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var expected = request.Version ?? ifMatch!.Value;
        var view = new ProfileView(AccessPolicy.Current, caller);

        // Only a flag the caller can see may be assigned: asked through the caller's own row policies.
        var flag = await session.RunAsync(caller, connection => FlagQueries.FindAsync(connection, id, cancellationToken), cancellationToken);
        ProblemHttpResult? problem = null;
        if (flag is not null && flag.ClearedAt is not null)
        {
            problem = TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The flag has cleared.", detail: "A cleared flag is history and cannot be assigned.");
        }
        else if (flag is not null)
        {
            var assignee = request.Assignee!.Trim();
            var team = string.IsNullOrWhiteSpace(request.Team) ? null : request.Team.Trim();
            var now = clock.GetUtcNow();
            var changed = await db.IndicatorFlags
                .Where(f => f.Id == id && f.Version == expected && f.ClearedAt == null)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(f => f.Assignee, assignee).SetProperty(f => f.AssignedTeam, team).SetProperty(f => f.AssignedBy, caller.UserName)
                        .SetProperty(f => f.AssignedAt, now).SetProperty(f => f.Version, f => f.Version + 1),
                    cancellationToken);
            if (changed == 0)
            {
                problem = ConcurrencyProblems.Stale(flag.Version);
            }
            else
            {
                flag = flag with { Assignee = assignee, AssignedTeam = team, Version = expected + 1 };
            }
        }

        var outcome = flag is null ? $"not-found: flag {id}"
            : problem is not null ? $"refused ({problem.StatusCode}): flag {id}"
            : $"allowed: flag {id} assigned to {flag.Assignee}{(flag.AssignedTeam is null ? "" : $" ({flag.AssignedTeam})")}";
        var names = await session.RunAsync(caller, async connection =>
        {
            await AuditTrail.AppendAsync(connection, caller, Entry(http, WorklistAuditActions.Assign, flag?.ChildId, ["summary.flags"], outcome[..Math.Min(outcome.Length, 200)]), cancellationToken);
            return flag is null ? null : await FlagQueries.NamesAsync(connection, [flag.ChildId], view.Sees("names"), cancellationToken);
        }, cancellationToken);

        if (flag is null)
        {
            return TypedResults.NotFound();
        }

        if (problem is not null)
        {
            return problem;
        }

        ETags.Set(http.Response, flag.Version);
        return TypedResults.Ok(Item(flag, names!));
    }

    /// <summary>
    /// The evidence records the caller may see, composed for each child by the profile's own view
    /// (same policy, same standing, same row policies), so the worklist never shows more than the profile.
    /// </summary>
    private static async Task<(IReadOnlyList<ServiceRecordResponse> Records, IReadOnlyList<string> Disclosed)> EvidenceAsync(
        Npgsql.NpgsqlConnection connection, ProfileView view, FlagQueries.FlagRow flag, CancellationToken cancellationToken)
    {
        var shown = new List<ServiceRecordResponse>();
        foreach (var childEvidence in flag.Evidence.GroupBy(e => e.ChildId))
        {
            var child = await ProfileQueries.ChildAsync(connection, childEvidence.Key, view.Columns, cancellationToken);
            if (child is null || !view.SeesRecords)
            {
                continue;
            }

            var standing = await ProfileQueries.StandingAsync(connection, childEvidence.Key, cancellationToken);
            var records = await ProfileQueries.RecordsAsync(connection, childEvidence.Key, cancellationToken);
            var wanted = childEvidence.Select(e => e.RecordId).ToHashSet();
            shown.AddRange(view.Compose(child, standing, records).Records.Where(r => wanted.Contains(r.RecordId)));
        }

        return (shown, [.. shown.Select(r => $"{r.Section}.{r.Field}").Distinct()]);
    }

    private static WorklistItem Item(FlagQueries.FlagRow row, IReadOnlyDictionary<Guid, (string? Given, string? Family)> names)
    {
        var (title, _) = IndicatorRuleSet.Current.Describe(row.RuleId) ?? (row.RuleId, row.OutcomeArea);
        var name = names.GetValueOrDefault(row.ChildId);
        return new WorklistItem(row.Id, row.SubjectKind, row.ChildId, name.Given, name.Family, row.FamilyChildren, row.RuleId, title, row.OutcomeArea,
            row.RaisedAt, row.ClearedAt, row.Assignee, row.AssignedTeam, row.Version);
    }

    /// <summary>The version an If-Match header names: null without one, -1 when it is not one of ours.</summary>
    private static long? IfMatchVersion(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var tag = header.Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return long.TryParse(tag.Trim('"'), out var version) && version > 0 ? version : -1;
    }

    private static (ProfileCaller? Caller, string? Refusal) Caller(HttpContext http, IReadOnlySet<string> allowedRoles, string what)
    {
        var (caller, refusal) = ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);
        if (caller is null)
        {
            return (null, refusal);
        }

        return allowedRoles.Contains(caller.Role) ? (caller, null) : (null, $"The {caller.Role} role may not {what}.");
    }

    private static AuditEntry Entry(HttpContext http, string action, Guid? childId, IEnumerable<string> sections, string outcome) =>
        new(action, childId, sections, outcome, AccessRequestContext.Purpose(http), AccessRequestContext.ClientAddress(http));
}

public static class WorklistAuditActions
{
    public const string List = "worklist";
    public const string Read = "worklist-read";
    public const string Assign = "worklist-assign";
}
