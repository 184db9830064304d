using ChildView.ChildProfile.Data;
using ChildView.Contracts.Identifiers;
using ChildView.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children;

/// <summary>
/// Finds the unified child a source record is about. Deterministic only: a checksum-valid UPN, then
/// a checksum-valid NHS number, then the source's own id for the child; otherwise a new child.
/// An identifier that fails its check is ignored rather than trusted.
/// </summary>
public sealed class ChildLinker(ProfileDbContext db, TimeProvider clock)
{
    public async Task<Child> LinkAsync(ChildIdentity identity, CancellationToken cancellationToken)
    {
        var strongIds = StrongIdentifiers(identity).ToList();
        var childId = await FindByIdentifiersAsync(strongIds, cancellationToken)
            ?? await FindBySourceLinkAsync(identity, cancellationToken);

        var child = childId is { } id
            ? await db.Children.SingleAsync(c => c.Id == id, cancellationToken)
            : NewChild(identity);

        await ClaimAsync(child.Id, identity, strongIds, cancellationToken);
        return child;
    }

    /// <summary>Refreshes the headline details from the latest applied record.</summary>
    public static void ApplyDetails(Child child, ChildIdentity identity, DateTimeOffset now)
    {
        child.GivenName = identity.GivenName;
        child.FamilyName = identity.FamilyName;
        child.DateOfBirth = identity.DateOfBirth ?? child.DateOfBirth;
        child.Sex = identity.Sex ?? child.Sex;
        child.Postcode = identity.Address?.Postcode ?? child.Postcode;
        child.AddressLine1 = identity.Address?.Line1 ?? child.AddressLine1;
        child.Town = identity.Address?.Town ?? child.Town;
        child.Upn ??= ValidUpn(identity);
        child.NhsNumber ??= ValidNhsNumber(identity);
        child.UpdatedAt = now;
    }

    private static IEnumerable<ChildIdentifier> StrongIdentifiers(ChildIdentity identity)
    {
        if (ValidUpn(identity) is { } upn)
        {
            yield return new ChildIdentifier { Kind = ChildIdentifier.UpnKind, Value = upn };
        }

        if (ValidNhsNumber(identity) is { } nhs)
        {
            yield return new ChildIdentifier { Kind = ChildIdentifier.NhsNumberKind, Value = nhs };
        }
    }

    private static string? ValidUpn(ChildIdentity identity) =>
        UniquePupilNumber.Normalise(identity.Upn) is { } upn && UniquePupilNumber.IsValid(upn) ? upn : null;

    private static string? ValidNhsNumber(ChildIdentity identity) =>
        NhsNumber.Normalise(identity.NhsNumber) is { } nhs && NhsNumber.IsValid(nhs) ? nhs : null;

    private async Task<Guid?> FindByIdentifiersAsync(List<ChildIdentifier> strongIds, CancellationToken cancellationToken)
    {
        // In order of trust: the first identifier already known decides.
        foreach (var candidate in strongIds)
        {
            var known = await db.ChildIdentifiers.AsNoTracking()
                .Where(i => i.Kind == candidate.Kind && i.Value == candidate.Value)
                .Select(i => (Guid?)i.ChildId)
                .SingleOrDefaultAsync(cancellationToken);
            if (known is not null)
            {
                return known;
            }
        }

        return null;
    }

    private Task<Guid?> FindBySourceLinkAsync(ChildIdentity identity, CancellationToken cancellationToken) =>
        db.SourceLinks.AsNoTracking()
            .Where(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId)
            .Select(l => (Guid?)l.ChildId)
            .SingleOrDefaultAsync(cancellationToken);

    private Child NewChild(ChildIdentity identity)
    {
        var now = clock.GetUtcNow();
        var child = new Child { Id = Guid.CreateVersion7(now), GivenName = identity.GivenName, FamilyName = identity.FamilyName, CreatedAt = now };
        db.Children.Add(child);
        return child;
    }

    /// <summary>
    /// Records the identifiers and source id as this child's. One already held by another child is
    /// left where it is: moving it would silently merge two children.
    /// </summary>
    private async Task ClaimAsync(Guid childId, ChildIdentity identity, List<ChildIdentifier> strongIds, CancellationToken cancellationToken)
    {
        foreach (var candidate in strongIds)
        {
            var exists = await db.ChildIdentifiers.AnyAsync(i => i.Kind == candidate.Kind && i.Value == candidate.Value, cancellationToken);
            if (!exists)
            {
                db.ChildIdentifiers.Add(new ChildIdentifier { Kind = candidate.Kind, Value = candidate.Value, ChildId = childId });
            }
        }

        var linked = await db.SourceLinks.AnyAsync(l => l.SourceSystem == identity.SourceSystem && l.LocalId == identity.LocalId, cancellationToken);
        if (!linked)
        {
            db.SourceLinks.Add(new SourceLink { SourceSystem = identity.SourceSystem, LocalId = identity.LocalId, ChildId = childId });
        }
    }
}
