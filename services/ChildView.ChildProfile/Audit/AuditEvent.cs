namespace ChildView.ChildProfile.Audit;

/// <summary>
/// One access to profile data — a read, a search, a break-the-glass, a denial — in an append-only
/// log. The database assigns the sequence and time; the chain that seals each row (a keyed MAC over
/// its content and the previous row's) is kept beside it in <c>audit_events_chain</c>.
/// </summary>
public sealed class AuditEvent
{
    public long Seq { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string UserName { get; init; }

    public required string Role { get; init; }

    public string Teams { get; init; } = "";

    public Guid? ChildId { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The sections and fields returned, comma-separated ("summary.names,education.attendance").</summary>
    public string Sections { get; init; } = "";

    public string? Purpose { get; init; }

    /// <summary>"allowed", "not-found", "denied: …".</summary>
    public required string Outcome { get; init; }

    public string? ClientAddress { get; init; }

    /// <summary>The children a search or list returned (a read names its one child in <see cref="ChildId"/>).</summary>
    public Guid[] ChildIds { get; init; } = [];
}

public static class AuditActions
{
    public const string Read = "read";
    public const string Search = "search";
    public const string BreakGlass = "break-glass";
    public const string BreakGlassReview = "break-glass-review";
    public const string AuditQuery = "audit-query";
    public const string IdentityReview = "identity-review";
    public const string IdentityDecision = "identity-decision";
    public const string IdentityMerge = "identity-merge";
    public const string IdentityUnmerge = "identity-unmerge";
    public const string FamilyRead = "family-read";
    public const string FamilyChronology = "family-chronology";
}
