using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.FamilyMembers;

public sealed record PupilFamilyMemberRequest(
    Guid? PupilId, string? Relationship, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, AddressRequest? Address, bool? ParentalResponsibility)
{
    /// <summary>Oldest plausible family member (a great-grandparent carer), to catch mistyped years.</summary>
    public const int OldestAgeYears = 120;

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .RequiredId("pupilId", PupilId)
            .OneOf("relationship", Relationship, FamilyRelationships.All)
            .Required("givenName", GivenName)
            .Required("familyName", FamilyName)
            .When(ParentalResponsibility is null, "parentalResponsibility", "Required.");
        if (DateOfBirth is { } born)
        {
            errors
                .When(born > today, "dateOfBirth", "Must not be in the future.")
                .When(born < today.AddYears(-OldestAgeYears), "dateOfBirth", $"Must be within the last {OldestAgeYears} years.");
        }

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

    /// <summary>Only call after <see cref="Validate"/> found no errors.</summary>
    public void ApplyTo(PupilFamilyMember member)
    {
        member.Relationship = Relationship!;
        member.GivenName = GivenName!.Trim();
        member.FamilyName = FamilyName!.Trim();
        member.DateOfBirth = DateOfBirth;
        member.AddressLine1 = Address?.Line1?.Trim();
        member.AddressLine2 = Address?.Line2?.Trim();
        member.Town = Address?.Town?.Trim();
        member.Postcode = Address?.Postcode?.Trim().ToUpperInvariant();
        member.ParentalResponsibility = ParentalResponsibility!.Value;
    }
}

public sealed record PupilFamilyMemberResponse(
    Guid Id, long Version, RecordState State, Guid PupilId, ChildDetails Child, string Relationship, string GivenName, string FamilyName, DateOnly? DateOfBirth,
    PostalAddress Address, bool ParentalResponsibility, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PupilFamilyMemberResponse From(PupilFamilyMember m) =>
        new(m.Id, m.Version, m.State, m.PupilId, m.Child, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.Address(), m.ParentalResponsibility, m.CreatedAt, m.UpdatedAt);
}

public sealed class PupilFamilyMemberListQuery : PupilRecordListQuery
{
    public string? Relationship { get; set; }
}

public static class PupilFamilyMemberAddress
{
    public static PostalAddress Address(this PupilFamilyMember m) => new(m.AddressLine1, m.AddressLine2, m.Town, m.Postcode);
}
