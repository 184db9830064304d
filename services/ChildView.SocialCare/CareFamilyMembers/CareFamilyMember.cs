using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.CareFamilyMembers;

/// <summary>A person around the child (parent, carer, sibling …) as social care records them; the child block is the child, not this person.</summary>
public sealed class CareFamilyMember : ChildRecord
{
    /// <summary><see cref="FamilyRelationships"/>: what this person is to the child.</summary>
    public required string Relationship { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public bool ParentalResponsibility { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }
}
