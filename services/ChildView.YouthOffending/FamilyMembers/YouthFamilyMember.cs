using ChildView.ServiceKit.Children;

namespace ChildView.YouthOffending.FamilyMembers;

/// <summary>A person around the child (parent, carer, relative …) as the youth offending team knows them.</summary>
public sealed class YouthFamilyMember : ChildRecord
{
    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    /// <summary>One of <see cref="Relationships.All"/>.</summary>
    public required string Relationship { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public bool HasParentalResponsibility { get; set; }

    public bool LivesWithChild { get; set; }

    public string? Telephone { get; set; }
}
