using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.CareFamilyMembers;

/// <summary>Records a person around the child (POST) or corrects them (PUT).</summary>
public sealed record RecordCareFamilyMemberRequest(
    ChildDetailsRequest? Child, string? Relationship, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, bool? ParentalResponsibility, AddressRequest? Address)
{
    /// <summary>A grandparent may be old, but not older than anyone alive.</summary>
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .OneOf("relationship", Relationship, FamilyRelationships.All)
            .Required("givenName", GivenName)
            .Required("familyName", FamilyName)
            .When(DateOfBirth > today, "dateOfBirth", "Must not be in the future.")
            .When(DateOfBirth < EarliestDateOfBirth, "dateOfBirth", $"Must not be before {EarliestDateOfBirth:yyyy-MM-dd}.")
            .When(
                DateOfBirth is { } born && Child?.DateOfBirth is { } childBorn && Relationship is not null && FamilyRelationships.Elders.Contains(Relationship) && born >= childBorn,
                "dateOfBirth",
                "A parent or grandparent must be born before the child.");
        if (Address is { } address)
        {
            errors
                .Optional("address.line1", address.Line1)
                .Optional("address.line2", address.Line2)
                .Optional("address.town", address.Town)
                .Optional("address.postcode", address.Postcode, 10);
        }

        return errors;
    }

    /// <summary>Sets every field but the child block.</summary>
    public void ApplyTo(CareFamilyMember member)
    {
        member.Relationship = Relationship!;
        member.GivenName = GivenName!.Trim();
        member.FamilyName = FamilyName!.Trim();
        member.DateOfBirth = DateOfBirth;
        member.ParentalResponsibility = ParentalResponsibility ?? false;
        member.AddressLine1 = Address?.Line1?.Trim();
        member.AddressLine2 = Address?.Line2?.Trim();
        member.Town = Address?.Town?.Trim();
        member.Postcode = Address?.Postcode?.Trim().ToUpperInvariant();
    }
}

public sealed record CareFamilyMemberResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    string Relationship,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    bool ParentalResponsibility,
    PostalAddress Address,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CareFamilyMemberResponse From(CareFamilyMember m) => new(
        m.Id, m.Version, m.State, m.Child, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.ParentalResponsibility,
        new PostalAddress(m.AddressLine1, m.AddressLine2, m.Town, m.Postcode), m.CreatedAt, m.UpdatedAt);
}

/// <summary><c>familyName</c> and <c>givenName</c> name the child, as in every list; <see cref="MemberFamilyName"/> names the family member.</summary>
public sealed class CareFamilyMemberListQuery : RecordListQuery
{
    public string? Relationship { get; set; }

    public string? MemberFamilyName { get; set; }
}
