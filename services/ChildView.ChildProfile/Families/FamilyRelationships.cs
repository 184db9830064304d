namespace ChildView.ChildProfile.Families;

/// <summary>
/// Each service's relationship codes (Education's common transfer file codes, social care's, youth
/// offending's and early years') mapped to one vocabulary, so the same mother recorded by a school
/// and by social care reads the same.
/// </summary>
public static class FamilyRelationships
{
    private static readonly Dictionary<string, (string Name, RelativeKind Kind)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mother"] = ("mother", RelativeKind.Parent),
        ["PAM"] = ("mother", RelativeKind.Parent),
        ["father"] = ("father", RelativeKind.Parent),
        ["PAF"] = ("father", RelativeKind.Parent),
        ["step-parent"] = ("step-parent", RelativeKind.Parent),
        ["STM"] = ("step-parent", RelativeKind.Parent),
        ["STF"] = ("step-parent", RelativeKind.Parent),
        ["parents-partner"] = ("parents-partner", RelativeKind.Parent),
        ["kinship-carer"] = ("kinship-carer", RelativeKind.Carer),
        ["special-guardian"] = ("special-guardian", RelativeKind.Carer),
        ["other-carer"] = ("carer", RelativeKind.Carer),
        ["CAR"] = ("carer", RelativeKind.Carer),
        ["sibling"] = ("sibling", RelativeKind.Sibling),
        ["SIB"] = ("sibling", RelativeKind.Sibling),
        ["half-sibling"] = ("half-sibling", RelativeKind.Sibling),
        ["step-sibling"] = ("step-sibling", RelativeKind.Sibling),
        ["foster-carer"] = ("foster-carer", RelativeKind.Other),
        ["FOM"] = ("foster-carer", RelativeKind.Other),
        ["FOF"] = ("foster-carer", RelativeKind.Other),
        ["grandparent"] = ("grandparent", RelativeKind.Other),
        ["GRM"] = ("grandparent", RelativeKind.Other),
        ["GRF"] = ("grandparent", RelativeKind.Other),
        ["aunt-uncle"] = ("aunt-or-uncle", RelativeKind.Other),
        ["aunt-or-uncle"] = ("aunt-or-uncle", RelativeKind.Other),
        ["other-relative"] = ("other-relative", RelativeKind.Other),
        ["REL"] = ("other-relative", RelativeKind.Other),
        ["FAM"] = ("other-relative", RelativeKind.Other),
        ["friend-or-neighbour"] = ("friend-or-neighbour", RelativeKind.Other),
    };

    public static (string Name, RelativeKind Kind) Classify(string code) =>
        Known.TryGetValue(code.Trim(), out var known) ? known : ("other", RelativeKind.Other);

    /// <summary>Whether a shared person of this kind puts two children in one family.</summary>
    public static bool Joins(RelativeKind kind) => kind is RelativeKind.Parent or RelativeKind.Carer;
}
