namespace ChildView.SocialCare.CareFamilyMembers;

/// <summary>How a person around the child is related to them.</summary>
public static class FamilyRelationships
{
    public const string Mother = "mother";
    public const string Father = "father";
    public const string StepParent = "step-parent";
    public const string ParentsPartner = "parents-partner";
    public const string Grandparent = "grandparent";
    public const string Sibling = "sibling";
    public const string HalfSibling = "half-sibling";
    public const string StepSibling = "step-sibling";
    public const string AuntOrUncle = "aunt-uncle";
    public const string OtherRelative = "other-relative";
    public const string FosterCarer = "foster-carer";
    public const string KinshipCarer = "kinship-carer";
    public const string SpecialGuardian = "special-guardian";
    public const string OtherCarer = "other-carer";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [Mother, Father, StepParent, ParentsPartner, Grandparent, Sibling, HalfSibling, StepSibling, AuntOrUncle, OtherRelative, FosterCarer, KinshipCarer, SpecialGuardian, OtherCarer],
        StringComparer.Ordinal);

    /// <summary>Relationships in which the person must be older than the child.</summary>
    public static readonly IReadOnlySet<string> Elders = new HashSet<string>([Mother, Father, Grandparent], StringComparer.Ordinal);
}
