namespace ChildView.EarlyYears.FamilyMembers;

/// <summary>How a person is related to the child, as stable codes.</summary>
public static class Relationships
{
    public const string Mother = "mother";
    public const string Father = "father";
    public const string StepParent = "step-parent";
    public const string Grandparent = "grandparent";
    public const string Sibling = "sibling";
    public const string AuntOrUncle = "aunt-or-uncle";
    public const string OtherRelative = "other-relative";
    public const string FosterCarer = "foster-carer";
    public const string SpecialGuardian = "special-guardian";
    public const string ParentsPartner = "parents-partner";
    public const string FriendOrNeighbour = "friend-or-neighbour";
    public const string Other = "other";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [Mother, Father, StepParent, Grandparent, Sibling, AuntOrUncle, OtherRelative, FosterCarer, SpecialGuardian, ParentsPartner, FriendOrNeighbour, Other],
        StringComparer.Ordinal);
}
