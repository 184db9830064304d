using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Audit;
using ChildView.ChildProfile.Audit.Postgres;
using ChildView.ChildProfile.Families.Postgres;
using ChildView.ChildProfile.Profiles;
using ChildView.Contracts.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ChildProfile.Families;

/// <summary>
/// One timeline for a family: every linked child's chronology (<see cref="ChronologyApi.ReadAsync"/>,
/// so each child's records are filtered by the caller's standing to THAT child) merged oldest first,
/// each entry naming its child. Without sight of the family's members it is the child's own timeline.
/// </summary>
public static class FamilyChronologyApi
{
    public static async Task<Results<Ok<FamilyChronologyResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ProfileReadSession session, CancellationToken cancellationToken)
    {
        var (caller, refusal) = FamilyApi.Caller(http);
        var family = caller is null ? null : new FamilyView(AccessPolicy.Current, caller);
        if (caller is null || family!.Rule(FamilyView.Members) == Relationship.None)
        {
            return await AuditedDenial.DenyAsync(http, AuditActions.FamilyChronology, id, refusal ?? $"The {caller!.Role} role may not see families.");
        }

        var profile = new ProfileView(AccessPolicy.Current, caller);
        var response = await session.RunAsync(caller, async connection =>
        {
            var standing = await FamilyQueries.StandingAsync(connection, id, cancellationToken);
            var seesMembers = family.Allows(FamilyView.Members, standing);
            var (familyId, children) = seesMembers ? await FamilyQueries.MembersAsync(connection, id, cancellationToken) : (id, [id]);

            var entries = new List<FamilyChronologyEntry>();
            var perChild = new List<FamilyChronologyChild>();
            foreach (var childId in children)
            {
                if (await ChronologyApi.ReadAsync(connection, profile, childId, cancellationToken) is not var (child, timeline))
                {
                    continue;
                }

                var name = child.GivenName is null ? null : $"{child.GivenName} {child.FamilyName}".Trim();
                entries.AddRange(timeline.Select(e => new FamilyChronologyEntry(childId, name, e.Date, e.Source, e.Section, e.Field, e.RecordType, e.RecordId, e.Summary)));
                perChild.Add(new FamilyChronologyChild(childId, child.Restricted));
                await AuditTrail.AppendAsync(connection, caller, FamilyApi.Entry(http, AuditActions.FamilyChronology, childId,
                    [.. profile.Disclosed(child), .. family.Disclosed(standing).Where(f => f.EndsWith(FamilyView.Members, StringComparison.Ordinal)), "chronology"],
                    $"allowed: family of {id}"), cancellationToken);
            }

            if (!perChild.Any(c => c.ChildId == id))
            {
                await AuditTrail.AppendAsync(connection, caller, FamilyApi.Entry(http, AuditActions.FamilyChronology, id, [], "not-found"), cancellationToken);
                return null;
            }

            var ordered = entries
                .OrderBy(e => e.Date is null)
                .ThenBy(e => e.Date)
                .ThenBy(e => e.Source, StringComparer.Ordinal)
                .ThenBy(e => e.ChildId)
                .ThenBy(e => e.RecordId)
                .ToList();
            return new FamilyChronologyResponse(
                id, seesMembers ? familyId : null, ordered, perChild,
                [.. family.Restricted(standing).Where(f => f.EndsWith(FamilyView.Members, StringComparison.Ordinal))], AccessPolicy.Current.Version);
        }, cancellationToken);

        return response is null ? TypedResults.NotFound() : TypedResults.Ok(response);
    }
}
