using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Families;

/// <summary>The families <see cref="HouseholdDerivation"/> last computed (in the caller's transaction, so a derivation running after it sees the new family).</summary>
public sealed class DerivedFamilyDirectory(ProfileDbContext db) : IFamilyDirectory
{
    public async Task<IReadOnlyList<Guid>> FamilyChildrenAsync(Guid childId, CancellationToken cancellationToken)
    {
        var family = await db.ChildFamilies.AsNoTracking().Where(f => f.ChildId == childId).Select(f => (Guid?)f.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (family is null)
        {
            return [childId];
        }

        return await db.ChildFamilies.AsNoTracking().Where(f => f.FamilyId == family).Select(f => f.ChildId).OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
