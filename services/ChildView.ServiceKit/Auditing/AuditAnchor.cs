namespace ChildView.ServiceKit.Auditing;

/// <summary>The chain's head as it stood at one moment, written outside the database.</summary>
public sealed record AuditAnchor(long Seq, string Hash, DateTimeOffset At);
