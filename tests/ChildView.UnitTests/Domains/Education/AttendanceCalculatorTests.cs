using ChildView.Education.Attendance;

namespace ChildView.UnitTests.Domains.Education;

public sealed class AttendanceCalculatorTests
{
    private static IEnumerable<string> Repeat(string code, int times) => Enumerable.Repeat(code, times);

    [Fact]
    public void Exactly_ninety_percent_is_not_persistent_absence()
    {
        var tally = AttendanceCalculator.Tally([.. Repeat("/", 18), "I", "N"]);

        Assert.Equal(new AttendanceTally(20, 18, 1, 1, 0), tally);
        Assert.Equal(90.0m, tally.AttendancePercentage);
        Assert.False(tally.PersistentAbsence);
    }

    [Fact]
    public void Below_ninety_percent_is_persistent_absence()
    {
        var tally = AttendanceCalculator.Tally([.. Repeat("/", 17), "I", "N", "U"]);

        Assert.Equal(85.0m, tally.AttendancePercentage);
        Assert.True(tally.PersistentAbsence);
    }

    [Fact]
    public void Just_below_ninety_percent_is_persistent_absence_even_when_it_rounds_to_ninety()
    {
        var tally = AttendanceCalculator.Tally([.. Repeat("/", 8999), .. Repeat("N", 1001)]);

        Assert.Equal(90.0m, tally.AttendancePercentage); // 89.99 % shown to one place
        Assert.True(tally.PersistentAbsence);
    }

    [Fact]
    public void Not_possible_sessions_are_left_out_of_the_percentage()
    {
        var tally = AttendanceCalculator.Tally([.. Repeat("/", 9), "N", "X", "Y", "Z", "Q", "D", "X"]);

        Assert.Equal(new AttendanceTally(10, 9, 0, 1, 6), tally);
        Assert.Equal(90.0m, tally.AttendancePercentage);
        Assert.False(tally.PersistentAbsence);
    }

    [Fact]
    public void If_not_possible_codes_counted_the_pupil_would_wrongly_look_persistently_absent()
    {
        // 9 of 10 possible sessions attended; 10 more sessions not required (X). Counting X as possible would give 45 %.
        var tally = AttendanceCalculator.Tally([.. Repeat("/", 9), "O", .. Repeat("X", 10)]);

        Assert.Equal(10, tally.PossibleSessions);
        Assert.False(tally.PersistentAbsence);
    }

    [Fact]
    public void Late_and_approved_educational_activity_count_as_attended()
    {
        var tally = AttendanceCalculator.Tally(["L", "\\", "K", "V", "P", "W", "B", "/"]);

        Assert.Equal(100.0m, tally.AttendancePercentage);
        Assert.Equal(8, tally.AttendedSessions);
    }

    [Fact]
    public void Late_after_registers_close_is_an_unauthorised_absence()
    {
        var tally = AttendanceCalculator.Tally(["U", "/"]);

        Assert.Equal(1, tally.UnauthorisedAbsenceSessions);
        Assert.Equal(50.0m, tally.AttendancePercentage);
    }

    [Fact]
    public void A_term_with_no_possible_session_has_no_percentage_and_is_not_persistent_absence()
    {
        var tally = AttendanceCalculator.Tally(["X", "X", "Z"]);

        Assert.Null(tally.AttendancePercentage);
        Assert.False(tally.PersistentAbsence);
        Assert.Null(AttendanceCalculator.Tally([]).AttendancePercentage);
    }

    [Fact]
    public void The_percentage_is_rounded_to_one_place_half_away_from_zero()
    {
        // 2 of 3 = 66.666… → 66.7; 1 of 8 = 12.5 exactly; 1 of 16 = 6.25 → 6.3.
        Assert.Equal(66.7m, AttendanceCalculator.Tally(["/", "/", "N"]).AttendancePercentage);
        Assert.Equal(6.3m, AttendanceCalculator.Tally(["/", .. Repeat("N", 15)]).AttendancePercentage);
    }

    [Fact]
    public void An_unknown_code_is_refused_rather_than_silently_ignored()
    {
        Assert.Throws<ArgumentException>(() => AttendanceCalculator.Tally(["/", "G"]));
    }
}
