namespace ChildView.ServiceKit.Audit;

/// <summary>
/// One row of a service's audit log: who (actor, roles, teams, client address) did what (action on a
/// record type) to which records and children, with what outcome (the HTTP status), when (UTC).
/// </summary>
public sealed record ServiceAuditEntry(
    DateTimeOffset OccurredAt,
    string Actor,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Teams,
    string Action,
    string RecordType,
    IReadOnlyList<Guid> RecordIds,
    IReadOnlyList<string> ChildLocalIds,
    int Outcome,
    string? ClientAddress);

/// <summary>
/// Where a service appends its audit rows. A plain append-only table today; a keyed hash chain (as the
/// profile's) can be put behind this interface without touching the pipeline.
/// </summary>
public interface IServiceAuditTrail
{
    Task AppendAsync(ServiceAuditEntry entry, CancellationToken cancellationToken);
}
