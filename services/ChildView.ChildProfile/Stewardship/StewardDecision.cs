using ChildView.ChildProfile.Children;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// A data steward's decision about who is who, kept as a fact of its own. Children are named by their
/// source records, not by the profile's generated ids, so a decision means the same thing in a profile
/// rebuilt from a republish, where it is replayed in <see cref="Sequence"/> order.
/// </summary>
public sealed class StewardDecision
{
    public Guid Id { get; init; }

    /// <summary>The order decisions were taken (or replayed) in: a later decision about a pair overrides an earlier one.</summary>
    public long Sequence { get; init; }

    /// <summary>One of <see cref="StewardDecisionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The source records of one child (a merge's survivor).</summary>
    public List<SourceKey> Keys { get; init; } = [];

    /// <summary>The source records of the other (those a merge moved).</summary>
    public List<SourceKey> OtherKeys { get; init; } = [];

    public Guid? MergeId { get; init; }

    public Guid? ReviewId { get; init; }

    public required string DecidedBy { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>Who put the decision back into this profile from an export; null where it was taken here.</summary>
    public string? ReplayedBy { get; init; }

    public DateTimeOffset? ReplayedAt { get; init; }
}

public static class StewardDecisionKinds
{
    /// <summary>The two are one child: records of either side link to the other.</summary>
    public const string Merge = "merge";

    /// <summary>A merge undone because it was wrong: the two are different children from now on.</summary>
    public const string Unmerge = "unmerge";

    /// <summary>Two children the model found alike, or an identifier tied, are different children.</summary>
    public const string NotSamePerson = "not-same-person";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Merge, Unmerge, NotSamePerson], StringComparer.Ordinal);

    /// <summary>Whether the kind says the two sides are the same child.</summary>
    public static bool SamePerson(string kind) => kind == Merge;
}
