using ChildView.Education.FamilyMembers;
using ChildView.ServiceKit.Children;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

public sealed class FamilyMemberValidationTests
{
    private static PupilFamilyMemberRequest Mother() =>
        new(PupilId, FamilyRelationships.Mother, "Jane", "Hart", new DateOnly(1988, 2, 29), new AddressRequest("1 High St", null, "Matlock", "de4 3ab"), true);

    [Fact]
    public void A_parent_with_parental_responsibility_is_valid()
    {
        Assert.True(Mother().Validate(Today).IsValid);
    }

    [Fact]
    public void A_sibling_without_date_of_birth_or_address_is_valid()
    {
        Assert.True((Mother() with { Relationship = FamilyRelationships.Sibling, DateOfBirth = null, Address = null, ParentalResponsibility = false }).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("MOTHER")]
    [InlineData("pam")]
    [InlineData("DOC")]
    [InlineData("SWR")]
    [InlineData(null)]
    public void The_relationship_is_one_of_the_family_codes(string? relationship)
    {
        Assert.Equal(["relationship"], (Mother() with { Relationship = relationship }).Validate(Today).Fields());
    }

    [Fact]
    public void Names_and_the_parental_responsibility_flag_are_required()
    {
        var errors = (Mother() with { GivenName = " ", FamilyName = null, ParentalResponsibility = null }).Validate(Today);

        Assert.Equal(["familyName", "givenName", "parentalResponsibility"], errors.Fields().Order());
    }

    [Fact]
    public void A_date_of_birth_in_the_future_or_implausibly_long_ago_is_rejected()
    {
        Assert.Equal(["dateOfBirth"], (Mother() with { DateOfBirth = Today.AddDays(1) }).Validate(Today).Fields());
        Assert.Equal(["dateOfBirth"], (Mother() with { DateOfBirth = new DateOnly(1888, 1, 1) }).Validate(Today).Fields());
    }

    [Fact]
    public void An_over_long_postcode_is_named_by_its_path()
    {
        Assert.Equal(["address.postcode"], (Mother() with { Address = new AddressRequest(null, null, null, "DE4 3AB XXXXX") }).Validate(Today).Fields());
    }

    [Fact]
    public void Applying_a_request_normalises_names_and_postcode()
    {
        var member = new PupilFamilyMember { Child = new ChildDetails { LocalId = "1", GivenName = "A", FamilyName = "B", Sex = "F" }, Relationship = "", GivenName = "", FamilyName = "" };

        (Mother() with { GivenName = " Jane " }).ApplyTo(member);

        Assert.Equal("Jane", member.GivenName);
        Assert.Equal("DE4 3AB", member.Postcode);
        Assert.True(member.ParentalResponsibility);
    }

    [Fact]
    public void Siblings_are_in_the_set_alongside_the_transfer_file_family_codes()
    {
        Assert.Contains("SIB", FamilyRelationships.All);
        Assert.Equal(12, FamilyRelationships.All.Count);
    }
}
