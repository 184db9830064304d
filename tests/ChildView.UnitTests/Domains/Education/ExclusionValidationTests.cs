using ChildView.Education.Exclusions;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

public sealed class ExclusionValidationTests
{
    private static readonly DateOnly Start = new(2026, 10, 5);

    private static ExclusionRequest Suspension() => new(PupilId, ExclusionCategories.Suspension, ExclusionReasons.PersistentDisruptiveBehaviour, Start, Start.AddDays(2), 6);

    private static ExclusionRequest Permanent() => new(PupilId, ExclusionCategories.Permanent, ExclusionReasons.OffensiveWeapon, Start, null, null);

    [Fact]
    public void A_suspension_and_a_permanent_exclusion_as_recorded_are_valid()
    {
        Assert.True(Suspension().Validate(Today).IsValid);
        Assert.True(Permanent().Validate(Today).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(91)]
    public void A_suspension_has_between_one_and_ninety_sessions(int sessions)
    {
        Assert.Equal(["sessions"], (Suspension() with { Sessions = sessions, EndDate = Start.AddDays(60) }).Validate(Today).Fields());
    }

    [Fact]
    public void A_suspension_needs_sessions_and_an_end_date()
    {
        Assert.Equal(["endDate", "sessions"], (Suspension() with { Sessions = null, EndDate = null }).Validate(Today).Fields().Order());
    }

    [Fact]
    public void A_one_session_suspension_on_a_single_day_is_valid()
    {
        Assert.True((Suspension() with { EndDate = Start, Sessions = 1 }).Validate(Today).IsValid);
    }

    [Fact]
    public void A_suspension_cannot_have_more_sessions_than_its_days_hold()
    {
        Assert.Equal(["sessions"], (Suspension() with { EndDate = Start, Sessions = 3 }).Validate(Today).Fields());
    }

    [Fact]
    public void A_suspension_ending_before_it_starts_is_rejected()
    {
        Assert.Equal(["endDate"], (Suspension() with { EndDate = Start.AddDays(-1) }).Validate(Today).Fields());
    }

    [Fact]
    public void A_permanent_exclusion_has_no_sessions_and_no_end_date()
    {
        Assert.Equal(["sessions"], (Permanent() with { Sessions = 4 }).Validate(Today).Fields());
        Assert.Equal(["endDate"], (Permanent() with { EndDate = Start.AddDays(1) }).Validate(Today).Fields());
    }

    [Fact]
    public void A_start_a_little_ahead_is_allowed_but_not_a_mistyped_year()
    {
        Assert.True((Permanent() with { StartDate = Today.AddDays(1) }).Validate(Today).IsValid);
        Assert.Equal(["startDate"], (Permanent() with { StartDate = Today.AddYears(1) }).Validate(Today).Fields());
    }

    [Theory]
    [InlineData("PP")]
    [InlineData("PA")]
    [InlineData("VP")]
    [InlineData("VA")]
    [InlineData("BU")]
    [InlineData("DA")]
    [InlineData("DB")]
    [InlineData("DM")]
    [InlineData("DS")]
    [InlineData("LG")]
    [InlineData("MT")]
    [InlineData("OW")]
    [InlineData("PH")]
    [InlineData("RA")]
    [InlineData("SM")]
    [InlineData("TH")]
    public void Every_census_reason_including_the_withdrawn_ones_is_accepted(string reason)
    {
        Assert.True((Suspension() with { Reason = reason }).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("OT")]
    [InlineData("db")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_reasons_are_rejected(string? reason)
    {
        Assert.Equal(["reason"], (Suspension() with { Reason = reason }).Validate(Today).Fields());
    }

    [Fact]
    public void The_withdrawn_reasons_are_kept_apart_from_the_current_list()
    {
        Assert.Equal(["RA", "SM", "TH"], ExclusionReasons.Legacy.Order());
        Assert.Empty(ExclusionReasons.Current.Intersect(ExclusionReasons.Legacy));
        Assert.Equal(16, ExclusionReasons.All.Count);
    }

    [Theory]
    [InlineData("LUNC")]
    [InlineData("SUSP")]
    [InlineData(null)]
    public void The_category_is_suspension_or_permanent(string? category)
    {
        Assert.Equal(["category"], (Suspension() with { Category = category }).Validate(Today).Fields());
    }
}
