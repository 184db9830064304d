using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.UnitTests.Validation;

public sealed class ChildDetailsValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static ChildDetailsRequest Valid() => new(
        null, "Amelia", "Hart", new DateOnly(2013, 4, 17), "F", "B801200005001", "943 476 5919", new AddressRequest("12 Mill Lane", null, "Matlock", "de4 3ab"));

    private static IReadOnlyDictionary<string, string[]> Errors(ChildDetailsRequest? child) =>
        new ValidationErrors().ValidateChild("child", child, Today).ToDictionary();

    [Fact]
    public void A_complete_child_is_valid_and_normalised()
    {
        Assert.Empty(Errors(Valid()));

        var details = Valid().ToDetails();
        Assert.Equal("9434765919", details.NhsNumber);
        Assert.Equal("DE4 3AB", details.Postcode);
        Assert.False(string.IsNullOrEmpty(details.LocalId));
    }

    [Fact]
    public void Strong_identifiers_are_optional()
    {
        Assert.Empty(Errors(Valid() with { Upn = null, NhsNumber = null }));
    }

    [Theory]
    [InlineData("child.givenName")]
    [InlineData("child.familyName")]
    [InlineData("child.sex")]
    [InlineData("child.dateOfBirth")]
    public void Required_fields_are_named_in_the_errors(string field)
    {
        var child = field switch
        {
            "child.givenName" => Valid() with { GivenName = " " },
            "child.familyName" => Valid() with { FamilyName = null },
            "child.sex" => Valid() with { Sex = null },
            _ => Valid() with { DateOfBirth = null },
        };

        Assert.Equal(["Required."], Errors(child)[field]);
    }

    [Fact]
    public void A_missing_child_block_is_one_error()
    {
        Assert.Equal(["Required."], Errors(null)["child"]);
    }

    [Theory]
    [InlineData("A801200005001", null, "child.upn")]
    [InlineData(null, "9434765918", "child.nhsNumber")]
    public void Identifiers_that_fail_their_check_are_rejected(string? upn, string? nhs, string field)
    {
        Assert.Contains(field, Errors(Valid() with { Upn = upn, NhsNumber = nhs }).Keys);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("male")]
    [InlineData("m")]
    public void Sex_must_be_a_census_code(string sex)
    {
        Assert.Contains("child.sex", Errors(Valid() with { Sex = sex }).Keys);
    }

    [Fact]
    public void Impossible_dates_of_birth_are_rejected()
    {
        Assert.Contains("child.dateOfBirth", Errors(Valid() with { DateOfBirth = Today.AddDays(1) }).Keys);
        Assert.Contains("child.dateOfBirth", Errors(Valid() with { DateOfBirth = Today.AddYears(-40) }).Keys);
    }

    [Fact]
    public void Over_long_values_are_rejected()
    {
        Assert.Contains("child.familyName", Errors(Valid() with { FamilyName = new string('x', 101) }).Keys);
        Assert.Contains("child.address.postcode", Errors(Valid() with { Address = new AddressRequest(null, null, null, new string('X', 11)) }).Keys);
    }
}
