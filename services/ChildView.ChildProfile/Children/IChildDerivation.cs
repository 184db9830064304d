namespace ChildView.ChildProfile.Children;

/// <summary>
/// A view derived from children's records (households, early-help indicators) that must be brought
/// up to date whenever a child's records change: after every applied event and after a steward's
/// merge or unmerge. Runs inside the caller's transaction on the same <c>ProfileDbContext</c>, and
/// must be deterministic, so a profile rebuilt from a republish reaches the same state.
/// </summary>
public interface IChildDerivation
{
    Task RefreshAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken);
}
