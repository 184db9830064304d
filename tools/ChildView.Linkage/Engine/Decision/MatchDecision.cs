namespace ChildView.Linkage.Decision;

/// <summary>Match: link automatically. Possible: near the threshold, for a person to review. NonMatch: keep apart.</summary>
public enum MatchDecision
{
    NonMatch,
    Possible,
    Match,
}
