namespace ChildView.ServiceKit.Access;

/// <summary>
/// Which children's records a request may touch, as the services' query filters read it: every child,
/// those with an open allocation to one of <see cref="Teams"/>, or those allocated to <see cref="Worker"/>.
/// </summary>
public sealed record RecordScope(string[]? Teams, string? Worker)
{
    public static readonly RecordScope Everyone = new(null, null);

    public bool IsRestricted => Teams is not null || Worker is not null;

    public static RecordScope OfTeams(IEnumerable<string> teams) => new([.. teams], null);

    public static RecordScope OfCaseload(string worker) => new(null, worker);
}
