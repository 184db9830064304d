namespace ChildView.ChildProfile.Stewardship;

/// <summary>A steward's latest word on whether an incoming source record is an existing child.</summary>
public sealed record StewardVerdict(Guid ChildId, bool SamePerson, Guid DecisionId, string DecidedBy);

/// <summary>Every child a steward has decided an incoming source record is, or is not.</summary>
public sealed class StewardVerdicts(IReadOnlyList<StewardVerdict> verdicts)
{
    public static readonly StewardVerdicts None = new([]);

    /// <summary>The child a steward said the record is the same person as, the latest such decision first.</summary>
    public Guid? SameChild => verdicts.LastOrDefault(v => v.SamePerson)?.ChildId;

    /// <summary>The decision keeping the record apart from the child, if a steward took one.</summary>
    public StewardVerdict? KeptApartFrom(Guid childId) => verdicts.FirstOrDefault(v => !v.SamePerson && v.ChildId == childId);
}
