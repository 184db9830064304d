namespace ChildView.ChildProfile.Families;

/// <summary>Until households are derived, every child is a family of one.</summary>
public sealed class SingleChildFamilyDirectory : IFamilyDirectory
{
    public Task<IReadOnlyList<Guid>> FamilyChildrenAsync(Guid childId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guid>>([childId]);
}
