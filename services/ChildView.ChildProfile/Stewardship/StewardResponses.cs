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

/// <summary>Two children a steward knows are different people, whether or not a review paired them.</summary>
public sealed record SeparationRequest(Guid? ChildId, Guid? OtherChildId, string? Reason)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .When(ChildId is null, "childId", "Name one of the two children.")
        .When(OtherChildId is null, "otherChildId", "Name the child it is not.")
        .When(ChildId is not null && ChildId == OtherChildId, "otherChildId", "A child cannot be kept apart from itself.")
        .Required("reason", Reason, 1000);
}

/// <summary>
/// A steward decision as exported before a rebuild and replayed into the rebuilt profile, unchanged.
/// Who replayed it, and when, is this profile's own record; an export signs every field and the
/// decision's place in the list (<see cref="DecisionSeal"/>).
/// </summary>
public sealed record StewardDecisionResponse(
    Guid Id, long Sequence, string Kind, IReadOnlyList<SourceKey> Keys, IReadOnlyList<SourceKey> OtherKeys, Guid? MergeId, Guid? ReviewId,
    string DecidedBy, string Reason, DateTimeOffset DecidedAt, string? ReplayedBy = null, DateTimeOffset? ReplayedAt = null, string? Signature = null)
{
    public static StewardDecisionResponse From(StewardDecision decision) => new(
        decision.Id, decision.Sequence, decision.Kind, decision.Keys, decision.OtherKeys, decision.MergeId, decision.ReviewId,
        decision.DecidedBy, decision.Reason, decision.DecidedAt, decision.ReplayedBy, decision.ReplayedAt);
}

/// <summary>The decisions exported from the profile before it was rebuilt, in their order.</summary>
public sealed record DecisionReplayRequest(IReadOnlyList<StewardDecisionResponse>? Decisions)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors().When(Decisions is null, "decisions", "List the decisions to replay, as GET /identity/decisions gave them.");
        for (var i = 0; i < (Decisions?.Count ?? 0); i++)
        {
            var decision = Decisions![i];
            if (decision is null)
            {
                errors.Add($"decisions[{i}]", "A decision cannot be empty.");
                continue;
            }

            errors.OneOf($"decisions[{i}].kind", decision.Kind, StewardDecisionKinds.All)
                .When(decision.Id == Guid.Empty, $"decisions[{i}].id", "Keep the decision's id.")
                .When(decision.Keys is not { Count: > 0 } || decision.OtherKeys is not { Count: > 0 }, $"decisions[{i}].keys", "A decision names the source records of both children.")
                .When((decision.Keys ?? []).Concat(decision.OtherKeys ?? []).Any(k => string.IsNullOrWhiteSpace(k?.SourceSystem) || string.IsNullOrWhiteSpace(k.LocalId)),
                    $"decisions[{i}].keys", "Every source record needs its source system and local id.")
                .Required($"decisions[{i}].decidedBy", decision.DecidedBy)
                .Required($"decisions[{i}].reason", decision.Reason, 1000);
        }

        return errors;
    }

    /// <summary>Only decisions exactly as one export listed them: each unchanged, in its order, none added or left out.</summary>
    public ValidationErrors Verify(DecisionSeal seal)
    {
        var errors = new ValidationErrors();
        foreach (var position in seal.Unverified(Decisions!))
        {
            errors.Add($"decisions[{position}].signature", Decisions![position].Signature is null
                ? "Replay the decisions as GET /identity/decisions exported them: this one is not signed."
                : "The signature does not match: the decision was changed, moved, added or left out since the export, or the export was signed with another key.");
        }

        return errors;
    }

    /// <summary>The decisions as they were taken, kept as replayed by <paramref name="replayedBy"/> now.</summary>
    public IEnumerable<StewardDecision> ToDecisions(string replayedBy, DateTimeOffset replayedAt) => Decisions!.Select(d => new StewardDecision
    {
        Id = d.Id,
        Kind = d.Kind,
        Keys = [.. d.Keys],
        OtherKeys = [.. d.OtherKeys],
        MergeId = d.MergeId,
        ReviewId = d.ReviewId,
        DecidedBy = d.DecidedBy,
        Reason = d.Reason,
        // timestamptz holds instants: an export from another time zone is kept as the same instant in UTC.
        DecidedAt = d.DecidedAt.ToUniversalTime(),
        ReplayedBy = replayedBy,
        ReplayedAt = replayedAt,
    });
}

public sealed record DecisionReplayResponse(int Replayed, int AlreadyHeld);
