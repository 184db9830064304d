namespace ChildView.ServiceKit.Audit;

/// <summary>
/// One row of a service's audit log: who (actor, roles, teams, client address) did what (action on a
/// record type) to which records and children, with what outcome (the HTTP status). The time is stamped
/// by the database as the row is appended, so no writer can back- or forward-date it.
/// </summary>
public sealed record ServiceAuditEntry(
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
/// Where a service appends its audit rows: an append-only table its writers may only insert into, chained
/// in the background as the profile's is (<c>ServiceAuditRegistration</c>).
/// </summary>
public interface IServiceAuditTrail
{
    Task AppendAsync(ServiceAuditEntry entry, CancellationToken cancellationToken);
}
