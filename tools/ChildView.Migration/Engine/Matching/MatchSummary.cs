namespace ChildView.Migration.Matching;

/// <summary>
/// How the source's valid rows relate to children already known: Match (same child, linked automatically),
/// Possible (for a person to review), New; and probable duplicate people within the source itself.
/// </summary>
public sealed record MatchSummary(long Compared, long ExistingChildren, long Match, long Possible, long New, long DuplicatePairsWithinSource, string AgainstWhat);
