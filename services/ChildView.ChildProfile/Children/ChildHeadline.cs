using ChildView.ChildProfile.Data;
using ChildView.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children;

/// <summary>
/// A child's headline details (names, date of birth, sex, identifiers, address), composed from every
/// source's latest identity for them by a fixed precedence rather than by whichever event came last,
/// so the profile reads the same however its events were ordered or replayed. Education comes first
/// (names and dates of birth are checked for the school census), then social care, early years and
/// youth offending; within a source, the lowest local id. The address is the one the most recently
/// dated record states, as households read it: people move, and the latest record knows.
/// </summary>
public sealed class ChildHeadline(ProfileDbContext db, TimeProvider clock) : IChildDerivation
{
    private static readonly string[] Precedence = [SourceSystems.Education, SourceSystems.SocialCare, SourceSystems.EarlyYears, SourceSystems.YouthOffending];

    public async Task RefreshAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        var links = await db.SourceLinks.AsNoTracking().Where(l => childIds.Contains(l.ChildId)).ToListAsync(cancellationToken);
        var addresses = await db.ServiceRecords.AsNoTracking()
            .Where(r => childIds.Contains(r.ChildId) && r.State != RecordState.Deleted && (r.ChildPostcode != null || r.ChildAddressLine1 != null))
            .OrderByDescending(r => r.OccurredOn.HasValue).ThenByDescending(r => r.OccurredOn).ThenBy(r => r.SourceSystem).ThenBy(r => r.RecordId)
            .Select(r => new { r.ChildId, r.ChildAddressLine1, r.ChildTown, r.ChildPostcode })
            .ToListAsync(cancellationToken);
        var children = await db.Children.Where(c => childIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var child in children)
        {
            var ordered = links.Where(l => l.ChildId == child.Id)
                .OrderBy(l => Array.IndexOf(Precedence, l.SourceSystem) is var rank and >= 0 ? rank : Precedence.Length)
                .ThenBy(l => l.SourceSystem, StringComparer.Ordinal)
                .ThenBy(l => l.LocalId, StringComparer.Ordinal)
                .ToList();
            if (ordered.Count == 0)
            {
                continue;
            }

            Apply(child, ordered);
            if (addresses.FirstOrDefault(a => a.ChildId == child.Id) is { } latest)
            {
                (child.AddressLine1, child.Town, child.Postcode) = (latest.ChildAddressLine1, latest.ChildTown, latest.ChildPostcode);
            }

            child.UpdatedAt = clock.GetUtcNow();
        }

        // Later derivations read children with SQL of their own: they must see this headline.
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Each field from the first source that holds it.</summary>
    public static void Apply(Child child, IReadOnlyList<SourceLink> byPrecedence)
    {
        T? First<T>(Func<SourceLink, T?> field) => byPrecedence.Select(field).FirstOrDefault(v => v is not null);
        var named = byPrecedence.FirstOrDefault(l => l.GivenName is not null && l.FamilyName is not null);
        if (named is not null)
        {
            child.GivenName = named.GivenName!;
            child.FamilyName = named.FamilyName!;
        }

        child.DateOfBirth = byPrecedence.Select(l => l.DateOfBirth).FirstOrDefault(d => d is not null);
        child.Sex = First(l => l.Sex);
        child.Upn = First(l => l.Upn);
        child.NhsNumber = First(l => l.NhsNumber);
        var housed = byPrecedence.FirstOrDefault(l => l.PostcodeKey is not null || l.AddressLine1 is not null);
        child.Postcode = housed is null ? null : DisplayPostcode(housed.PostcodeKey);
        child.AddressLine1 = housed?.AddressLine1;
        child.Town = housed?.Town;
    }

    /// <summary>"DE43AB" → "DE4 3AB": UK inward codes are the last three characters.</summary>
    private static string? DisplayPostcode(string? key) => key is { Length: > 3 } ? $"{key[..^3]} {key[^3..]}" : key;
}
