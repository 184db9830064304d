using ChildView.ChildProfile.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.ChildProfile.Stewardship;

public sealed record ReviewResponse(
    Guid Id, string SourceSystem, string LocalId, Guid ChildId, Guid CandidateChildId, double MatchWeight, double Probability,
    IReadOnlyList<MatchEvidence> Evidence, string Status, DateTimeOffset CreatedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, Guid? MergeId);

public sealed record MergeResponse(
    Guid Id, Guid SurvivorChildId, Guid MergedChildId, IReadOnlyList<SourceKey> MovedSourceLinks, IReadOnlyList<string> MovedIdentifiers, Guid? ReviewId,
    string MergedBy, string Reason, DateTimeOffset MergedAt, string? UnmergedBy, string? UnmergeReason, DateTimeOffset? UnmergedAt);

public sealed record SourceLinkResponse(
    string SourceSystem, string LocalId, string LinkMethod, double? MatchWeight, DateTimeOffset LinkedAt, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Postcode);

public sealed record ReviewQuery(string? Status, int? Page, int? PageSize);

/// <summary>A steward's decision on a possible match: the same child (merge) or two children (keep apart).</summary>
public sealed record ReviewDecisionRequest(string? Decision, string? Reason)
{
    public const string SameChild = "same-child";
    public const string DifferentChildren = "different-children";

    public ValidationErrors Validate() => new ValidationErrors()
        .OneOf("decision", Decision, new HashSet<string>([SameChild, DifferentChildren], StringComparer.Ordinal))
        .Required("reason", Reason, 1000);
}

/// <summary>A duplicate the steward found without the queue's help.</summary>
public sealed record MergeRequest(Guid? SurvivorChildId, Guid? MergedChildId, string? Reason)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .When(SurvivorChildId is null, "survivorChildId", "Name the child that remains.")
        .When(MergedChildId is null, "mergedChildId", "Name the child merged into it.")
        .When(SurvivorChildId is not null && SurvivorChildId == MergedChildId, "mergedChildId", "A child cannot be merged into itself.")
        .Required("reason", Reason, 1000);
}

public sealed record UnmergeRequest(string? Reason)
{
    public ValidationErrors Validate() => new ValidationErrors().Required("reason", Reason, 1000);
}
