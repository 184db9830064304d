using ChildView.ChildProfile.Profiles;

namespace ChildView.ChildProfile.Indicators;

/// <summary>One flag as a list shows it. Names are present only when the caller's role may see names.</summary>
public sealed record WorklistItem(
    Guid Id,
    string Subject,
    Guid ChildId,
    string? GivenName,
    string? FamilyName,
    IReadOnlyList<Guid> FamilyChildren,
    string RuleId,
    string Title,
    string OutcomeArea,
    DateTimeOffset RaisedAt,
    DateTimeOffset? ClearedAt,
    string? Assignee,
    string? AssignedTeam,
    long Version);

public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Page, int PageSize, int Total);

/// <summary>A flag with the records that raised it, as far as the caller may see them, and the rule's earlier episodes for the same subject.</summary>
public sealed record WorklistDetail(WorklistItem Flag, string Description, IReadOnlyList<ServiceRecordResponse> Evidence, int WithheldEvidence, IReadOnlyList<FlagHistoryEntry> History);

public sealed record FlagHistoryEntry(Guid Id, DateTimeOffset RaisedAt, DateTimeOffset? ClearedAt);

/// <summary>An open flag on a profile.</summary>
public sealed record ProfileFlag(Guid Id, string Subject, string RuleId, string Title, string OutcomeArea, DateTimeOffset RaisedAt);
