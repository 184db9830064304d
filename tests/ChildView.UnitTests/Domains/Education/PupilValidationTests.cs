using ChildView.Contracts.CodeSets;
using ChildView.Contracts.Identifiers;
using ChildView.Education.Pupils;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

public sealed class PupilValidationTests
{
    [Fact]
    public void A_pupil_with_a_valid_upn_and_nothing_else_is_valid()
    {
        Assert.True(new RegisterPupilRequest(Child()).Validate(Today).IsValid);
    }

    [Fact]
    public void A_valid_former_upn_different_from_the_current_one_is_accepted()
    {
        const string body = "801200005002";
        var former = UniquePupilNumber.CheckLetterFor(body) + body;

        Assert.True(new RegisterPupilRequest(Child(), FormerUpn: former.ToLowerInvariant()).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("A801200005001")] // wrong check letter
    [InlineData("B80120000500")] // too short
    [InlineData("I801200005001")] // I is never a check letter
    [InlineData("not-a-upn")]
    public void An_invalid_former_upn_is_rejected(string formerUpn)
    {
        var errors = new RegisterPupilRequest(Child(), FormerUpn: formerUpn).Validate(Today);

        Assert.Equal(["formerUpn"], errors.Fields());
    }

    [Fact]
    public void A_former_upn_equal_to_the_current_upn_is_rejected()
    {
        Assert.Equal(["formerUpn"], new RegisterPupilRequest(Child(), FormerUpn: " b801200005001 ").Validate(Today).Fields());
    }

    [Theory]
    [InlineData("UN1")]
    [InlineData("UN2")]
    [InlineData("UN3")]
    [InlineData("UN4")]
    [InlineData("UN5")]
    public void Every_upn_unknown_reason_is_accepted_when_there_is_no_upn(string reason)
    {
        Assert.True(new RegisterPupilRequest(Child(upn: null), UpnUnknownReason: reason).Validate(Today, requireReasonWhenUpnMissing: true).IsValid);
    }

    [Theory]
    [InlineData("UN0")]
    [InlineData("UN6")]
    [InlineData("un1")]
    [InlineData("")]
    public void An_unknown_upn_unknown_reason_is_rejected(string reason)
    {
        Assert.Equal(["upnUnknownReason"], new RegisterPupilRequest(Child(upn: null), UpnUnknownReason: reason).Validate(Today).Fields());
    }

    [Fact]
    public void A_upn_and_an_unknown_reason_together_are_rejected()
    {
        Assert.Equal(["upnUnknownReason"], new RegisterPupilRequest(Child(), UpnUnknownReason: UpnUnknownReasons.Unknown).Validate(Today).Fields());
    }

    [Fact]
    public void With_the_census_rule_on_a_missing_upn_needs_a_reason()
    {
        Assert.Equal(["upnUnknownReason"], new RegisterPupilRequest(Child(upn: null)).Validate(Today, requireReasonWhenUpnMissing: true).Fields());
    }

    [Fact]
    public void The_census_rule_is_off_at_the_endpoints_so_existing_clients_keep_working()
    {
        Assert.True(new RegisterPupilRequest(Child(upn: null)).Validate(Today).IsValid);
    }

    [Fact]
    public void The_child_block_is_still_validated()
    {
        var child = Child() with { DateOfBirth = Today.AddDays(1), Upn = "A801200005001" };

        Assert.Equal(["child.dateOfBirth", "child.upn"], new RegisterPupilRequest(child).Validate(Today).Fields().Order());
    }
}
