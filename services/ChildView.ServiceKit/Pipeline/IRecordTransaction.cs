using ChildView.ServiceKit.Access;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// The one database transaction of a record request: the feature's work and its audit row commit or
/// roll back together, and the database holds the transaction to the caller's rights (its own roles,
/// grants and row policies), a second wall behind the pipeline's checks.
/// </summary>
public interface IRecordTransaction
{
    /// <summary>
    /// Begins acting for <paramref name="caller"/>: in <paramref name="jobRole"/> (a policy role name), as a
    /// machine client, or — for a request already refused, or a person with no role for it — able only to audit.
    /// </summary>
    Task BeginAsync(ServiceCaller caller, string? jobRole, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
