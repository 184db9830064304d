using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ChildProfile.Profiles;

/// <summary>One dated entry of a child's multi-agency chronology.</summary>
public sealed record ChronologyEntry(DateOnly? Date, string Source, string Section, string Field, string RecordType, Guid RecordId, string Summary);

public sealed record ChronologyResponse(Guid ChildId, IReadOnlyList<ChronologyEntry> Entries, IReadOnlyList<string> Restricted, string PolicyVersion);

/// <summary>
/// A child's records from every service as one timeline, oldest first (undated records last),
/// holding only what the caller's role and relationship allow — the same rows the profile shows.
/// </summary>
public static class ChronologyApi
{
    public static IEndpointRouteBuilder MapChronologyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/profiles/{id:guid}/chronology", Get).WithTags("Profiles").RequireAuthorization(ApiResources.Profile.ReadScope);
        return app;
    }

    private static async Task<Results<Ok<ChronologyResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);
        if (caller is null)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.Read, id, refusal!);
        }

        var view = new ProfileView(AccessPolicy.Current, caller);
        var chronology = await session.RunAsync(caller, async connection =>
        {
            if (await ReadAsync(connection, view, id, cancellationToken) is not var (profile, entries))
            {
                return null;
            }

            await AuditTrail.AppendAsync(connection, caller, new AuditEntry(AuditActions.Read, id, [.. view.Disclosed(profile), "chronology"], "allowed",
                AccessRequestContext.Purpose(http), AccessRequestContext.ClientAddress(http)), cancellationToken);
            return new ChronologyResponse(id, entries, profile.Restricted, profile.PolicyVersion);
        }, cancellationToken);

        return chronology is null ? TypedResults.NotFound() : TypedResults.Ok(chronology);
    }

    /// <summary>
    /// One child's timeline as the caller may see it, inside their read session: the composed profile
    /// (for the audit and the restricted list) and its records oldest first. Null when the child is unknown.
    /// The family chronology merges these per child, so both filter identically.
    /// </summary>
    public static async Task<(ProfileResponse Profile, IReadOnlyList<ChronologyEntry> Entries)?> ReadAsync(
        Npgsql.NpgsqlConnection connection, ProfileView view, Guid childId, CancellationToken cancellationToken)
    {
        var child = await ProfileQueries.ChildAsync(connection, childId, view.Columns, cancellationToken);
        if (child is null)
        {
            return null;
        }

        var standing = await ProfileQueries.StandingAsync(connection, childId, cancellationToken);
        var records = view.SeesRecords ? await ProfileQueries.RecordsAsync(connection, childId, cancellationToken) : [];
        var profile = view.Compose(child, standing, records);
        var entries = profile.Records
            .OrderBy(r => r.OccurredOn is null)
            .ThenBy(r => r.OccurredOn)
            .ThenBy(r => r.Source, StringComparer.Ordinal)
            .Select(r => new ChronologyEntry(r.OccurredOn, r.Source, r.Section, r.Field, r.RecordType, r.RecordId, r.Summary))
            .ToList();
        return (profile, entries);
    }
}
