namespace ChildView.ChildProfile.Indicators;

/// <summary>
/// One episode of an indicator holding for a child, or for a family (anchored on the family's first
/// child by id): raised when the rule starts to hold, cleared when it stops. A rule that holds again
/// opens a new episode, so the table is the history of when each flag rose and cleared.
/// </summary>
public sealed class FlagEpisode
{
    public const string ChildSubject = "child";
    public const string FamilySubject = "family";

    public Guid Id { get; init; }

    /// <summary><see cref="ChildSubject"/> or <see cref="FamilySubject"/>.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The child flagged, or the family's anchor child.</summary>
    public Guid ChildId { get; init; }

    /// <summary>The children the flag concerns: the child alone, or every child of the family when last evaluated.</summary>
    public List<Guid> FamilyChildren { get; set; } = [];

    public required string RuleId { get; init; }

    public required string OutcomeArea { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public DateTimeOffset? ClearedAt { get; set; }

    public List<FlagEvidence> Evidence { get; set; } = [];

    /// <summary>The record types of the evidence: the database shows a child's flag only to roles that may see all of them.</summary>
    public List<string> EvidenceTypes { get; set; } = [];

    public string? Assignee { get; set; }

    public string? AssignedTeam { get; set; }

    public string? AssignedBy { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    /// <summary>Bumped by every change (evidence, clearing, assignment): the worklist's ETag.</summary>
    public long Version { get; set; } = 1;
}
