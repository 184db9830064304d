using ChildView.Linkage.Decision;

namespace ChildView.Linkage;

/// <summary>One scored candidate pair; Left/Right are positions in the input lists.</summary>
public sealed record ScoredPair(int Left, int Right, string LeftId, string RightId, double MatchWeight, double Probability, MatchDecision Decision);
