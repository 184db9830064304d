using ChildView.Education.Common;

namespace ChildView.Education.FamilyMembers;

/// <summary>
/// Someone in the pupil's family the school knows: a parent, carer or sibling. A record of its own
/// (own id, version and events) rather than a list inside the pupil, so that a parent's new address
/// does not re-version the pupil and the profile can hold each person as a separate fact for the family view.
/// </summary>
public sealed class PupilFamilyMember : PupilRecord
{
    /// <summary>One of <see cref="FamilyRelationships.All"/>.</summary>
    public required string Relationship { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public bool ParentalResponsibility { get; set; }
}

/// <summary>
/// Relationship to the pupil, after the common transfer file's contact relationship codes (family ones
/// only: no doctor, childminder or social worker), plus SIB for siblings, which that list lacks.
/// </summary>
public static class FamilyRelationships
{
    public const string Mother = "PAM";
    public const string Father = "PAF";
    public const string StepMother = "STM";
    public const string StepFather = "STF";
    public const string FosterMother = "FOM";
    public const string FosterFather = "FOF";
    public const string Grandmother = "GRM";
    public const string Grandfather = "GRF";
    public const string Carer = "CAR";
    public const string OtherRelative = "REL";
    public const string OtherFamilyMember = "FAM";

    /// <summary>Brother or sister (ChildView code).</summary>
    public const string Sibling = "SIB";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [Mother, Father, StepMother, StepFather, FosterMother, FosterFather, Grandmother, Grandfather, Carer, OtherRelative, OtherFamilyMember, Sibling],
        StringComparer.Ordinal);
}
