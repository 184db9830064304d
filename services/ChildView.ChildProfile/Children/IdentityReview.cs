namespace ChildView.ChildProfile.Children;

/// <summary>
/// A possible match a data steward must decide: the incoming source record was kept apart as its own
/// child (never silently joined), and this item holds the field-by-field evidence for joining it to
/// the candidate.
/// </summary>
public sealed class IdentityReview
{
    public Guid Id { get; init; }

    public required string SourceSystem { get; init; }

    public required string LocalId { get; init; }

    /// <summary>The child the incoming record was kept as.</summary>
    public Guid ChildId { get; init; }

    /// <summary>The existing child it may be the same as.</summary>
    public Guid CandidateChildId { get; init; }

    public double MatchWeight { get; init; }

    public double Probability { get; init; }

    public List<MatchEvidence> Evidence { get; init; } = [];

    /// <summary>One of <see cref="IdentityReviewStatus"/>.</summary>
    public string Status { get; set; } = IdentityReviewStatus.Open;

    public DateTimeOffset CreatedAt { get; init; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Reason { get; set; }

    /// <summary>The merge a "same child" decision made.</summary>
    public Guid? MergeId { get; set; }
}

public static class IdentityReviewStatus
{
    public const string Open = "open";
    public const string Merged = "merged";
    public const string KeptApart = "kept-apart";

    /// <summary>Another decision already joined or removed one of the two children.</summary>
    public const string Superseded = "superseded";
}

/// <summary>One comparison's contribution: the values on each side, the agreement level and its weight.</summary>
public sealed record MatchEvidence(string Comparison, string Level, double Weight, string? Incoming, string? Candidate);
