namespace ChildView.ChildProfile.Families;

/// <summary>
/// Which children belong to the same family as a given child (shared household or shared parent or
/// carer), as the household derivation last computed it. Family-level indicators ask this.
/// </summary>
public interface IFamilyDirectory
{
    /// <summary>The child and every other child in their family; just the child when none is known.</summary>
    Task<IReadOnlyList<Guid>> FamilyChildrenAsync(Guid childId, CancellationToken cancellationToken);
}
