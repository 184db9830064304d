namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// Where match weights become decisions. Joining two different children's records would show one
/// child's safeguarding history on another's profile, so the automatic bar is high (p ≥ 0.99); the
/// band down to p ≥ 0.05 goes to a data steward instead of being decided by the machine.
/// </summary>
public static class MatchThresholds
{
    /// <summary>log2(0.99 / 0.01).</summary>
    public const double Match = 6.63;

    /// <summary>log2(0.05 / 0.95).</summary>
    public const double Possible = -4.25;

    /// <summary>At most this many possible matches are queued for one incoming record.</summary>
    public const int ReviewsPerRecord = 3;
}
