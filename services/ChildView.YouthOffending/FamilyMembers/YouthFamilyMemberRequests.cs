using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.FamilyMembers;

/// <summary>Records (or, on PUT, replaces) a person around the child.</summary>
public sealed partial record RecordFamilyMemberRequest(
    ChildDetailsRequest? Child, string? GivenName, string? FamilyName, string? Relationship, DateOnly? DateOfBirth, bool? HasParentalResponsibility, bool? LivesWithChild, string? Telephone)
{
    [GeneratedRegex("^\\+?[0-9 ()-]{6,20}$")]
    private static partial Regex TelephoneFormat();

    private const int OldestAgeYears = 120;

    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .ValidateChild("child", Child, today)
        .Required("givenName", GivenName)
        .Required("familyName", FamilyName)
        .OneOf("relationship", Relationship, Relationships.All)
        .When(DateOfBirth > today, "dateOfBirth", "Must not be in the future.")
        .When(DateOfBirth < today.AddYears(-OldestAgeYears), "dateOfBirth", $"Must be within the last {OldestAgeYears} years.")
        .When(
            Relationship is Relationships.Mother or Relationships.Father or Relationships.Grandparent && DateOfBirth is { } dob && Child?.DateOfBirth is { } childDob && dob >= childDob,
            "dateOfBirth",
            "A parent or grandparent must be born before the child.")
        .When(HasParentalResponsibility is null, "hasParentalResponsibility", "Required.")
        .When(LivesWithChild is null, "livesWithChild", "Required.")
        .When(Telephone is not null && !TelephoneFormat().IsMatch(Telephone.Trim()), "telephone", "Digits, spaces, brackets and '-' only, optionally starting with '+'.");

    public void ApplyTo(YouthFamilyMember member)
    {
        member.GivenName = GivenName!.Trim();
        member.FamilyName = FamilyName!.Trim();
        member.Relationship = Relationship!;
        member.DateOfBirth = DateOfBirth;
        member.HasParentalResponsibility = HasParentalResponsibility!.Value;
        member.LivesWithChild = LivesWithChild!.Value;
        member.Telephone = string.IsNullOrWhiteSpace(Telephone) ? null : Telephone.Trim();
    }
}

public sealed record YouthFamilyMemberResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string GivenName, string FamilyName, string Relationship, DateOnly? DateOfBirth,
    bool HasParentalResponsibility, bool LivesWithChild, string? Telephone, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static YouthFamilyMemberResponse From(YouthFamilyMember m) => new(
        m.Id, m.Version, m.State, m.Child, m.GivenName, m.FamilyName, m.Relationship, m.DateOfBirth, m.HasParentalResponsibility, m.LivesWithChild, m.Telephone, m.CreatedAt, m.UpdatedAt);
}

public sealed class YouthFamilyMemberListQuery : RecordListQuery
{
    public string? Relationship { get; set; }

    public override ValidationErrors Validate() =>
        base.Validate().OneOf("relationship", Relationship, Relationships.All, required: false);
}
