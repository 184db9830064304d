using ChildView.Education.Attendance;
using static ChildView.UnitTests.Domains.Education.EducationTestData;

namespace ChildView.UnitTests.Domains.Education;

public sealed class RecordSessionsValidationTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static RecordSessionsRequest Request(params SessionMarkRequest?[] sessions) => new(PupilId, sessions);

    [Fact]
    public void A_day_of_marks_is_valid()
    {
        Assert.True(Request(new(Monday, "AM", "/"), new(Monday, "PM", "L")).Validate(Today).IsValid);
    }

    [Fact]
    public void No_marks_or_no_pupil_is_rejected()
    {
        Assert.Equal(["sessions"], Request().Validate(Today).Fields());
        Assert.Equal(["pupilId", "sessions"], new RecordSessionsRequest(null, null).Validate(Today).Fields().Order());
    }

    [Fact]
    public void Each_bad_mark_is_named_by_its_index()
    {
        var errors = Request(
            new(Monday, "AM", "/"),
            new(Monday, "EVE", "/"),
            new(Monday, "PM", "G"),
            new(null, "AM", "/"),
            null).Validate(Today);

        Assert.Equal(["sessions[1].session", "sessions[2].code", "sessions[3].date", "sessions[4]"], errors.Fields().Order());
    }

    [Fact]
    public void A_future_or_august_date_is_rejected()
    {
        var errors = Request(new(Today.AddDays(1), "AM", "/"), new(new DateOnly(2026, 8, 10), "AM", "/")).Validate(Today);

        Assert.Equal(["sessions[0].date", "sessions[1].date"], errors.Fields().Order());
    }

    [Fact]
    public void The_same_session_twice_in_one_request_is_rejected()
    {
        Assert.Equal(["sessions[1]"], Request(new(Monday, "AM", "/"), new(Monday, "AM", "N")).Validate(Today).Fields());
    }

    [Fact]
    public void Too_many_marks_in_one_request_are_rejected()
    {
        var marks = Enumerable.Range(0, RecordSessionsRequest.MaxSessions + 1).Select(i => (SessionMarkRequest?)new SessionMarkRequest(Monday.AddDays(-i), "AM", "/")).ToArray();

        Assert.Equal(["sessions"], Request(marks).Validate(Today).Fields());
    }
}
