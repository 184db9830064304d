using ChildView.Education.Attendance;
using ChildView.ServiceKit.Children;

namespace ChildView.UnitTests.Domains.Education;

public sealed class AttendanceSummaryTests
{
    private static AttendanceSummary NewSummary() => new()
    {
        Child = new ChildDetails { LocalId = "1", GivenName = "Ada", FamilyName = "Hart", Sex = "F" },
        AcademicYear = "2025/26",
        Term = SchoolTerms.Autumn,
    };

    [Fact]
    public void Applying_new_counts_sets_the_percentage_and_the_flag()
    {
        var summary = NewSummary();

        Assert.True(summary.Apply(new AttendanceTally(20, 17, 2, 1, 0)));

        Assert.Equal(85.0m, summary.AttendancePercentage);
        Assert.True(summary.PersistentAbsence);
        Assert.Equal(1, summary.UnauthorisedAbsenceSessions);
    }

    [Fact]
    public void Applying_the_counts_already_held_changes_nothing_so_no_new_version_is_published()
    {
        var summary = NewSummary();
        summary.Apply(new AttendanceTally(20, 18, 1, 1, 0));

        Assert.False(summary.Apply(new AttendanceTally(20, 18, 1, 1, 0)));
        Assert.Equal(1, summary.Version);
    }

    [Fact]
    public void A_correction_that_moves_an_absence_between_authorised_and_unauthorised_is_a_change()
    {
        var summary = NewSummary();
        summary.Apply(new AttendanceTally(20, 18, 2, 0, 0));

        Assert.True(summary.Apply(new AttendanceTally(20, 18, 1, 1, 0)));
        Assert.False(summary.PersistentAbsence);
    }
}
