using Npgsql;

namespace ChildView.ServiceKit.Auditing;

/// <summary>The application's owner login to the database holding the audit log: it protects, chains and verifies it.</summary>
public sealed record AuditLogOwner(NpgsqlDataSource DataSource);
