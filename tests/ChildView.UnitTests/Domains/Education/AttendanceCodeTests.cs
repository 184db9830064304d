using ChildView.Education.Attendance;

namespace ChildView.UnitTests.Domains.Education;

public sealed class AttendanceCodeTests
{
    [Theory]
    [InlineData("/", AttendanceGroup.Present)]
    [InlineData("\\", AttendanceGroup.Present)]
    [InlineData("L", AttendanceGroup.Present)]
    [InlineData("K", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("V", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("P", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("W", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("B", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("D", AttendanceGroup.ApprovedEducationalActivity)]
    [InlineData("C", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("C1", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("C2", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("M", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("T", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("R", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("I", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("J1", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("S", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("E", AttendanceGroup.AuthorisedAbsence)]
    [InlineData("N", AttendanceGroup.UnauthorisedAbsence)]
    [InlineData("U", AttendanceGroup.UnauthorisedAbsence)]
    [InlineData("O", AttendanceGroup.UnauthorisedAbsence)]
    [InlineData("X", AttendanceGroup.NotRequiredToAttend)]
    [InlineData("Q", AttendanceGroup.Administrative)]
    [InlineData("Y", AttendanceGroup.Administrative)]
    [InlineData("Z", AttendanceGroup.Administrative)]
    public void Every_dfe_code_is_in_its_group(string code, AttendanceGroup group)
    {
        Assert.Equal(group, AttendanceCodes.Groups[code]);
    }

    [Fact]
    public void The_code_list_is_exactly_the_dfe_list()
    {
        Assert.Equal(26, AttendanceCodes.All.Count);
    }

    [Theory]
    [InlineData("G")]
    [InlineData("#")]
    [InlineData("l")]
    [InlineData("Y1")]
    [InlineData("")]
    public void Codes_outside_the_list_are_unknown(string code)
    {
        Assert.DoesNotContain(code, AttendanceCodes.All);
        Assert.False(AttendanceCodes.IsPossible(code));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Q")]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData("D")]
    public void Not_required_administrative_and_dual_registered_sessions_are_not_possible_sessions(string code)
    {
        Assert.False(AttendanceCodes.IsPossible(code));
        Assert.False(AttendanceCodes.IsAttended(code));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("L", true)]
    [InlineData("K", true)]
    [InlineData("B", true)]
    [InlineData("I", false)]
    [InlineData("U", false)]
    [InlineData("N", false)]
    public void Present_and_approved_activity_count_as_attended_absences_do_not(string code, bool attended)
    {
        Assert.True(AttendanceCodes.IsPossible(code));
        Assert.Equal(attended, AttendanceCodes.IsAttended(code));
    }
}
