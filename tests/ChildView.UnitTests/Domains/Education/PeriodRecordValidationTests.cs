using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.Education.FreeSchoolMeals;
using ChildView.Education.SenProvisions;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

/// <summary>SEN provision and free school meals eligibility: periods with a start, an optional end, and a close action.</summary>
public sealed class PeriodRecordValidationTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    [Theory]
    [InlineData("K")]
    [InlineData("E")]
    public void Sen_support_and_an_ehcp_are_the_provisions(string provision)
    {
        Assert.True(new SenProvisionRequest(PupilId, provision, Start, null).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("N")]
    [InlineData("S")]
    [InlineData("k")]
    [InlineData(null)]
    public void Other_provision_codes_are_rejected(string? provision)
    {
        Assert.Equal(["provision"], new SenProvisionRequest(PupilId, provision, Start, null).Validate(Today).Fields());
    }

    [Fact]
    public void A_sen_provision_ending_before_it_starts_is_rejected()
    {
        Assert.Equal(["endDate"], new SenProvisionRequest(PupilId, "K", Start, Start.AddDays(-1)).Validate(Today).Fields());
    }

    [Fact]
    public void A_sen_provision_needs_a_pupil_and_a_start()
    {
        Assert.Equal(["pupilId", "startDate"], new SenProvisionRequest(null, "E", null, null).Validate(Today).Fields().Order());
    }

    [Fact]
    public void A_free_school_meals_period_is_valid_open_or_ended()
    {
        Assert.True(new FreeSchoolMealsRequest(PupilId, Start, null).Validate(Today).IsValid);
        Assert.True(new FreeSchoolMealsRequest(PupilId, Start, Start).Validate(Today).IsValid);
    }

    [Fact]
    public void A_free_school_meals_period_with_impossible_dates_is_rejected()
    {
        Assert.Equal(["endDate"], new FreeSchoolMealsRequest(PupilId, Start, Start.AddDays(-1)).Validate(Today).Fields());
        Assert.Equal(["startDate"], new FreeSchoolMealsRequest(PupilId, Today.AddDays(1), null).Validate(Today).Fields());
        Assert.Equal(["endDate"], new FreeSchoolMealsRequest(PupilId, Start, Today.AddDays(1)).Validate(Today).Fields());
    }

    [Fact]
    public void Closing_needs_an_end_on_or_after_the_start_that_has_happened()
    {
        Assert.True(new CloseRecordRequest(Start).Validate(Today, Start).IsValid);
        Assert.Equal(["endDate"], new CloseRecordRequest(null).Validate(Today, Start).Fields());
        Assert.Equal(["endDate"], new CloseRecordRequest(Start.AddDays(-1)).Validate(Today, Start).Fields());
        Assert.Equal(["endDate"], new CloseRecordRequest(Today.AddDays(1)).Validate(Today, Start).Fields());
    }

    [Fact]
    public void A_period_is_open_until_it_has_an_end_and_a_deleted_one_stays_deleted()
    {
        var eligibility = new FreeSchoolMealsEligibility { Child = new ChildDetails { LocalId = "1", GivenName = "A", FamilyName = "B", Sex = "F" } };

        eligibility.SetPeriod(Start, null);
        Assert.Equal(RecordState.Open, eligibility.State);
        eligibility.SetPeriod(Start, Start.AddDays(30));
        Assert.Equal(RecordState.Closed, eligibility.State);
        eligibility.SoftDelete("duplicate", DateTimeOffset.UnixEpoch);
        eligibility.SetPeriod(Start, null);
        Assert.Equal(RecordState.Deleted, eligibility.State);
    }
}
