using ChildView.ChildProfile.Children;

namespace ChildView.UnitTests.IdentityResolution;

public sealed class ChildHeadlineTests
{
    private static SourceLink Link(string source, string localId, string given, string? dob = null, string? postcode = null, string? upn = null) => new()
    {
        SourceSystem = source,
        LocalId = localId,
        GivenName = given,
        FamilyName = "Hart",
        DateOfBirth = dob is null ? null : DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture),
        PostcodeKey = postcode,
        Upn = upn,
    };

    [Fact]
    public void Education_names_the_child_and_other_sources_fill_only_what_it_lacks()
    {
        var child = new Child { GivenName = "?", FamilyName = "?" };

        ChildHeadline.Apply(child, [Link("education", "p1", "Amelia", upn: "B801200005001"), Link("socialcare", "c9", "Millie", "2013-04-17", "DE43AB")]);

        Assert.Equal(("Amelia", new DateOnly(2013, 4, 17), "DE4 3AB", "B801200005001"), (child.GivenName, child.DateOfBirth, child.Postcode, child.Upn));
    }
}
