using ChildView.Education.Enrolments;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

public sealed class EnrolmentValidationTests
{
    private static EnrolmentRequest Valid() => new(PupilId, "123456", "8304001", new DateOnly(2024, 9, 4), null, EnrolmentStatuses.Single);

    [Fact]
    public void A_complete_enrolment_is_valid()
    {
        Assert.True(Valid().Validate(Today).IsValid);
        Assert.True((Valid() with { LeaveDate = new DateOnly(2026, 7, 20) }).Validate(Today).IsValid);
        Assert.True((Valid() with { LeaveDate = Valid().StartDate }).Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345A")]
    [InlineData(" ")]
    [InlineData(null)]
    public void A_urn_that_is_not_six_digits_is_rejected(string? urn)
    {
        Assert.Equal(["urn"], (Valid() with { Urn = urn }).Validate(Today).Fields());
    }

    [Theory]
    [InlineData("830400")]
    [InlineData("83040011")]
    [InlineData("830-4001")]
    [InlineData(null)]
    public void A_laestab_that_is_not_seven_digits_is_rejected(string? laestab)
    {
        Assert.Equal(["laestab"], (Valid() with { Laestab = laestab }).Validate(Today).Fields());
    }

    [Fact]
    public void A_leave_date_before_the_start_is_rejected()
    {
        Assert.Equal(["leaveDate"], (Valid() with { LeaveDate = new DateOnly(2024, 9, 3) }).Validate(Today).Fields());
    }

    [Fact]
    public void Dates_in_the_future_are_rejected()
    {
        Assert.Equal(["startDate"], (Valid() with { StartDate = Today.AddDays(1) }).Validate(Today).Fields());
        Assert.Equal(["leaveDate"], (Valid() with { LeaveDate = Today.AddDays(1) }).Validate(Today).Fields());
    }

    [Fact]
    public void Missing_fields_are_each_named()
    {
        var errors = new EnrolmentRequest(null, null, null, null, null, null).Validate(Today);

        Assert.Equal(["enrolmentStatus", "laestab", "pupilId", "startDate", "urn"], errors.Fields().Order());
    }

    [Fact]
    public void An_empty_pupil_id_is_as_good_as_none()
    {
        Assert.Equal(["pupilId"], (Valid() with { PupilId = Guid.Empty }).Validate(Today).Fields());
    }

    [Theory]
    [InlineData("C", true)]
    [InlineData("M", true)]
    [InlineData("S", true)]
    [InlineData("G", true)]
    [InlineData("c", false)]
    [InlineData("X", false)]
    public void Enrolment_status_is_a_census_code(string status, bool valid)
    {
        Assert.Equal(valid, (Valid() with { EnrolmentStatus = status }).Validate(Today).IsValid);
    }

    [Fact]
    public void Leaving_needs_a_date_on_or_after_the_start_that_has_happened()
    {
        var start = new DateOnly(2024, 9, 4);

        Assert.True(new LeaveEnrolmentRequest(start).Validate(start, Today).IsValid);
        Assert.Equal(["leaveDate"], new LeaveEnrolmentRequest(null).Validate(start, Today).Fields());
        Assert.Equal(["leaveDate"], new LeaveEnrolmentRequest(start.AddDays(-1)).Validate(start, Today).Fields());
        Assert.Equal(["leaveDate"], new LeaveEnrolmentRequest(Today.AddDays(1)).Validate(start, Today).Fields());
    }
}
