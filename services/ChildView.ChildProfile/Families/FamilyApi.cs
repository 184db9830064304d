using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Families.Postgres;
using ChildView.ChildProfile.Indicators;
using ChildView.ChildProfile.Profiles;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;
using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace ChildView.ChildProfile.Families;

/// <summary>
/// A child's family: the linked children with each one's summary, the adults around them and the
/// households over time, each part as the policy's family rules allow. Audited for every child shown.
/// </summary>
public static class FamilyApi
{
    public static IEndpointRouteBuilder MapFamilyApi(this IEndpointRouteBuilder app)
    {
        var family = app.MapGroup("/profiles/{id:guid}/family").WithTags("Families").RequireAuthorization(ApiResources.Profile.ReadScope);
        family.MapGet("/", Get);
        family.MapGet("/chronology", FamilyChronologyApi.Get);
        return app;
    }

    /// <param name="includePast">Also list addresses no child lives at any more, and past stays.</param>
    private static async Task<Results<Ok<FamilyResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, bool? includePast, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = Caller(http);
        var family = caller is null ? null : new FamilyView(AccessPolicy.Current, caller);
        if (caller is null || !family!.SeesAnything)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.FamilyRead, id, refusal ?? $"The {caller!.Role} role may not see families.");
        }

        var profile = new ProfileView(AccessPolicy.Current, caller);
        var response = await session.RunAsync(caller, async connection =>
        {
            var requested = await ProfileQueries.ChildAsync(connection, id, profile.Columns, cancellationToken);
            if (requested is null)
            {
                await AuditTrail.AppendAsync(connection, caller, Entry(http, AuditActions.FamilyRead, id, [], "not-found"), cancellationToken);
                return null;
            }

            var standing = await FamilyQueries.StandingAsync(connection, id, cancellationToken);
            var seesMembers = family.Allows(FamilyView.Members, standing);
            var (familyId, children) = seesMembers ? await FamilyQueries.MembersAsync(connection, id, cancellationToken) : (id, [id]);
            var links = seesMembers ? (await FamilyQueries.LinksAsync(connection, id, cancellationToken)).ToDictionary(l => l.RelatedChildId) : [];
            var relatives = family.Allows(FamilyView.Adults, standing) ? await FamilyQueries.RelativesAsync(connection, children, cancellationToken) : null;
            var memberships = family.Allows(FamilyView.Households, standing) ? await FamilyQueries.MembershipsAsync(connection, children, cancellationToken) : null;

            var summaries = await SummariesAsync(connection, profile, children, cancellationToken);
            // The database shows each child's flags only as far as the caller's role may see them.
            var flags = profile.Sees("flags") ? await ProfileFlags.OpenRuleIdsAsync(connection, [.. summaries.Keys], cancellationToken) : null;
            var listed = children.Where(summaries.ContainsKey)
                .OrderBy(c => c != id)
                .ThenBy(c => summaries[c].DateOfBirth)
                .Select(c => Child(summaries[c], c == id, links.GetValueOrDefault(c), flags is null ? null : flags.GetValueOrDefault(c) ?? []))
                .ToList();

            var disclosed = profile.SearchDisclosure.Concat(family.Disclosed(standing)).ToList();
            foreach (var child in listed)
            {
                await AuditTrail.AppendAsync(connection, caller, Entry(http, AuditActions.FamilyRead, child.Id, disclosed, $"allowed: family of {id}"), cancellationToken);
            }

            return new FamilyResponse(
                id,
                seesMembers ? familyId : null,
                listed,
                relatives is null ? null : FamilyView.AdultsOf(relatives),
                memberships is null ? null : FamilyView.HouseholdsOf(memberships, relatives, includePast ?? false),
                family.Restricted(standing),
                AccessPolicy.Current.Version);
        }, cancellationToken);

        return response is null ? TypedResults.NotFound() : TypedResults.Ok(response);
    }

    private static async Task<Dictionary<Guid, ProfileSummary>> SummariesAsync(
        NpgsqlConnection connection, ProfileView profile, IReadOnlyList<Guid> children, CancellationToken cancellationToken)
    {
        var services = profile.Sees("servicesInvolved")
            ? await ProfileQueries.ServicesInvolvedAsync(connection, children, cancellationToken)
            : children.ToDictionary(c => c, _ => new List<string>());
        var summaries = new Dictionary<Guid, ProfileSummary>();
        foreach (var childId in children)
        {
            if (await ProfileQueries.ChildAsync(connection, childId, profile.Columns, cancellationToken) is { } row)
            {
                summaries[childId] = profile.Summarise(row, services[childId]);
            }
        }

        return summaries;
    }

    private static FamilyChildResponse Child(ProfileSummary summary, bool isRequested, FamilyQueries.LinkRow? link, IReadOnlyList<string>? flags) => new(
        summary.Id,
        summary.GivenName,
        summary.FamilyName,
        summary.DateOfBirth,
        summary.Postcode,
        summary.ServicesInvolved,
        flags,
        isRequested ? null : link?.Relationship ?? "family",
        link is null ? null : link.Basis.Split(','));

    internal static AuditEntry Entry(HttpContext http, string action, Guid? childId, IEnumerable<string> sections, string outcome) =>
        new(action, childId, sections, outcome, AccessRequestContext.Purpose(http), AccessRequestContext.ClientAddress(http));

    internal static (ProfileCaller? Caller, string? Refusal) Caller(HttpContext http) =>
        ProfileCaller.From(http.User, http.Request.Headers[ProfileCaller.ActingRoleHeader].FirstOrDefault(), AccessPolicy.Current);
}
