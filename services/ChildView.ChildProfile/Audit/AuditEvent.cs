namespace ChildView.ChildProfile.Audit;

/// <summary>
/// One access to profile data — a read, a search, a break-the-glass, a denial — in an append-only,
/// hash-chained log: each row's hash covers its content and the previous row's hash, so an edited,
/// deleted or reordered row breaks the chain. The database assigns the sequence, time and hashes.
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

    public byte[] PrevHash { get; init; } = [];

    public byte[] Hash { get; init; } = [];
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
