using ChildView.Contracts.IntegrationEvents;
using ChildView.SocialCare.Referrals;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class ReferralValidationTests
{
    private static RecordReferralRequest Valid() => new(Child(), new DateOnly(2026, 10, 1), "2A", "N1", ReferralNfa: false);

    private static Referral Stored(DateOnly? closed = null) => new()
    {
        Child = ChildDetails(), ReferralDate = new DateOnly(2026, 10, 1), ReferralSource = "2A", ClosureDate = closed, State = closed is null ? RecordState.Open : RecordState.Closed,
    };

    [Fact]
    public void A_complete_referral_is_valid_and_primary_need_and_nfa_are_optional()
    {
        Assert.True(Valid().Validate(Today).IsValid);
        Assert.True((Valid() with { PrimaryNeed = null, ReferralNfa = null }).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("2027-01-01", "Must not be in the future.")]
    [InlineData("1989-12-31", "Must not be before 1990-01-01.")]
    [InlineData("2012-06-01", "Must not be more than nine months before the child's date of birth.")]
    public void An_impossible_referral_date_is_rejected(string date, string message)
    {
        var errors = (Valid() with { ReferralDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) }).Validate(Today).ToDictionary();

        Assert.Contains(message, errors["referralDate"]);
    }

    [Fact]
    public void A_pre_birth_referral_within_nine_months_is_allowed()
    {
        var unborn = Valid() with { Child = Child(dateOfBirth: new DateOnly(2026, 11, 20)), ReferralDate = new DateOnly(2026, 5, 1) };

        Assert.True(unborn.Validate(Today).IsValid);
    }

    [Theory]
    [InlineData(null, "N1", "referralSource")]
    [InlineData("11", "N1", "referralSource")]
    [InlineData("2a", "N1", "referralSource")]
    [InlineData("2A", "N9", "primaryNeed")]
    [InlineData("2A", "N0", "primaryNeed")]
    public void Codes_outside_the_census_are_rejected(string? source, string? need, string field)
    {
        Assert.True((Valid() with { ReferralSource = source, PrimaryNeed = need }).Validate(Today).ToDictionary().ContainsKey(field));
    }

    [Fact]
    public void A_missing_date_and_child_are_named()
    {
        var errors = new RecordReferralRequest(null, null, "2A", null).Validate(Today).ToDictionary();

        Assert.Equal(["Required."], errors["referralDate"]);
        Assert.Equal(["Required."], errors["child"]);
    }

    [Fact]
    public void A_correction_cannot_move_a_closed_referral_after_its_closure()
    {
        var closed = Stored(closed: new DateOnly(2026, 10, 10));

        Assert.True((Valid() with { ReferralDate = new DateOnly(2026, 10, 10) }).ValidateAgainst(closed).IsValid);
        Assert.True((Valid() with { ReferralDate = new DateOnly(2026, 10, 11) }).ValidateAgainst(closed).ToDictionary().ContainsKey("referralDate"));
        Assert.True((Valid() with { ReferralDate = new DateOnly(2026, 11, 1) }).ValidateAgainst(Stored()).IsValid);
    }

    [Fact]
    public void Apply_sets_the_census_fields_and_defaults_nfa_to_false()
    {
        var referral = Stored();
        (Valid() with { PrimaryNeed = "N3", ReferralNfa = null, ReferralSource = "6" }).ApplyTo(referral);

        Assert.Equal(("6", "N3", false), (referral.ReferralSource, referral.PrimaryNeed, referral.ReferralNfa));
    }

    [Fact]
    public void A_closure_on_or_after_the_referral_with_a_census_reason_is_valid()
    {
        Assert.True(new CloseReferralRequest(new DateOnly(2026, 10, 1), "RC8").Validate(Today, new DateOnly(2026, 10, 1)).IsValid);
        Assert.True(new CloseReferralRequest(new DateOnly(2026, 11, 25), "RC1").Validate(Today, new DateOnly(2026, 10, 1)).IsValid);
    }

    [Theory]
    [InlineData("2026-09-30", "RC1", "closureDate")]
    [InlineData("2026-11-26", "RC1", "closureDate")]
    [InlineData(null, "RC1", "closureDate")]
    [InlineData("2026-10-05", "RC10", "reasonForClosure")]
    [InlineData("2026-10-05", "RC0", "reasonForClosure")]
    [InlineData("2026-10-05", null, "reasonForClosure")]
    public void An_invalid_closure_is_rejected(string? date, string? reason, string field)
    {
        var closure = new CloseReferralRequest(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reason);

        Assert.True(closure.Validate(Today, new DateOnly(2026, 10, 1)).ToDictionary().ContainsKey(field));
    }
}
