using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.ChildInNeedPlans;
using ChildView.SocialCare.ChildProtectionPlans;
using ChildView.SocialCare.Section47Enquiries;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class Section47AndPlanValidationTests
{
    private static readonly DateOnly Start = new(2026, 10, 5);

    [Fact]
    public void A_section47_enquiry_needs_a_referral_and_a_past_start()
    {
        Assert.True(new RecordSection47Request(Guid.NewGuid(), Start).Validate(Today).IsValid);
        var errors = new RecordSection47Request(null, null).Validate(Today).ToDictionary();
        Assert.True(errors.ContainsKey("referralId") && errors.ContainsKey("startDate"));
        Assert.True(new RecordSection47Request(Guid.NewGuid(), Start).ValidateAgainstReferral(new ValidationErrors(), Start.AddDays(1)).ToDictionary().ContainsKey("startDate"));
    }

    [Theory]
    [InlineData("ICPC", "2026-10-12", true)]
    [InlineData("ICPC", null, true)]
    [InlineData("NFA", null, true)]
    [InlineData("CIN", null, true)]
    [InlineData("NFA", "2026-10-12", false)] // a conference only follows an ICPC outcome
    [InlineData("ICPC", "2026-10-04", false)] // conference before the enquiry began
    [InlineData("ICPC", "2026-11-26", false)] // in the future
    [InlineData("XYZ", null, false)]
    [InlineData(null, null, false)]
    public void An_enquiry_concludes_with_a_census_outcome_and_a_conference_only_after_it_began(string? outcome, string? conference, bool valid)
    {
        var request = new CloseSection47Request(outcome, conference is null ? null : DateOnly.Parse(conference, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(valid, request.Validate(Today, Start).IsValid);
    }

    [Fact]
    public void A_correction_can_add_a_conference_date_only_to_an_icpc_outcome()
    {
        var open = new Section47Enquiry { Child = ChildDetails(), StartDate = Start };
        var icpc = new Section47Enquiry { Child = ChildDetails(), StartDate = Start, Outcome = Section47Outcomes.ConferenceRequired, State = RecordState.Closed };
        var update = new UpdateSection47Request(Start, Start.AddDays(7));

        Assert.True(update.Validate(Today).IsValid);
        Assert.True(update.ValidateAgainst(open).ToDictionary().ContainsKey("initialCpcDate"));
        Assert.True(update.ValidateAgainst(icpc).IsValid);
        Assert.True(new UpdateSection47Request(Start, Start.AddDays(-1)).Validate(Today).ToDictionary().ContainsKey("initialCpcDate"));
    }

    [Fact]
    public void A_child_protection_plan_has_census_categories_and_a_plausible_count_of_previous_plans()
    {
        Assert.True(new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, "NEG", null, 0).Validate(Today).IsValid);
        Assert.True(new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, "MUL", "EMO", 2).Validate(Today).IsValid);

        var errors = new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, "NEGLECT", "XXX", -1).Validate(Today).ToDictionary();
        Assert.True(errors.ContainsKey("initialCategoryOfAbuse"));
        Assert.True(errors.ContainsKey("latestCategoryOfAbuse"));
        Assert.True(errors.ContainsKey("numberOfPreviousPlans"));
        Assert.True(new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, "NEG", null, null).Validate(Today).ToDictionary().ContainsKey("numberOfPreviousPlans"));
        Assert.True(new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, "NEG", null, 51).Validate(Today).ToDictionary().ContainsKey("numberOfPreviousPlans"));
        Assert.True(new RecordChildProtectionPlanRequest(Guid.NewGuid(), Start, null, null, 0).Validate(Today).ToDictionary().ContainsKey("initialCategoryOfAbuse"));
    }

    [Fact]
    public void A_plan_update_keeps_the_latest_category_defaulting_to_the_initial_one()
    {
        var plan = new ChildProtectionPlan { Child = ChildDetails(), StartDate = Start, InitialCategoryOfAbuse = "NEG", LatestCategoryOfAbuse = "NEG" };

        new UpdateChildProtectionPlanRequest(Start, "PHY", null, 1).ApplyTo(plan);
        Assert.Equal(("PHY", "PHY", 1), (plan.InitialCategoryOfAbuse, plan.LatestCategoryOfAbuse, plan.NumberOfPreviousPlans));
        new UpdateChildProtectionPlanRequest(Start, "PHY", "MUL", 1).ApplyTo(plan);
        Assert.Equal("MUL", plan.LatestCategoryOfAbuse);
    }

    [Fact]
    public void Plans_end_on_or_after_they_start_and_not_in_the_future()
    {
        Assert.True(new CloseChildProtectionPlanRequest(Start).Validate(Today, Start).IsValid);
        Assert.Equal(["Must not be before the plan's start date."], new CloseChildProtectionPlanRequest(Start.AddDays(-1)).Validate(Today, Start).ToDictionary()["endDate"]);
        Assert.True(new CloseChildProtectionPlanRequest(Today.AddDays(1)).Validate(Today, Start).ToDictionary().ContainsKey("endDate"));
        Assert.True(new CloseChildInNeedPlanRequest(Start.AddDays(30)).Validate(Today, Start).IsValid);
        Assert.True(new CloseChildInNeedPlanRequest(Start.AddDays(-1)).Validate(Today, Start).ToDictionary().ContainsKey("endDate"));
        Assert.True(new CloseChildInNeedPlanRequest(null).Validate(Today, Start).ToDictionary().ContainsKey("endDate"));
    }

    [Fact]
    public void A_correction_cannot_start_a_closed_plan_after_its_end()
    {
        var ended = new ChildProtectionPlan { Child = ChildDetails(), StartDate = Start, EndDate = Start.AddDays(5), InitialCategoryOfAbuse = "NEG", LatestCategoryOfAbuse = "NEG" };
        var cin = new ChildInNeedPlan { Child = ChildDetails(), StartDate = Start, EndDate = Start.AddDays(5) };

        Assert.True(new UpdateChildProtectionPlanRequest(Start.AddDays(6), "NEG", null, 0).ValidateAgainst(ended).ToDictionary().ContainsKey("startDate"));
        Assert.True(new UpdateChildProtectionPlanRequest(Start.AddDays(5), "NEG", null, 0).ValidateAgainst(ended).IsValid);
        Assert.True(new UpdateChildInNeedPlanRequest(Start.AddDays(6)).ValidateAgainst(cin).ToDictionary().ContainsKey("startDate"));
        Assert.True(new UpdateChildInNeedPlanRequest(Start.AddDays(-6)).ValidateAgainst(cin).IsValid);
    }

    [Fact]
    public void A_child_in_need_plan_needs_a_referral_and_a_start_that_is_not_in_the_future()
    {
        Assert.True(new RecordChildInNeedPlanRequest(Guid.NewGuid(), Start).Validate(Today).IsValid);
        Assert.True(new RecordChildInNeedPlanRequest(Guid.NewGuid(), Today.AddDays(1)).Validate(Today).ToDictionary().ContainsKey("startDate"));
        Assert.True(new RecordChildInNeedPlanRequest(Guid.Empty, Start).Validate(Today).ToDictionary().ContainsKey("referralId"));
        Assert.True(new UpdateChildInNeedPlanRequest(new DateOnly(1980, 1, 1)).Validate(Today).ToDictionary().ContainsKey("startDate"));
    }
}
