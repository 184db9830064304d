using ChildView.Education.Common;

namespace ChildView.Education.Attendance;

/// <summary>
/// A pupil's attendance over one term, derived from their register marks. Its own record (id,
/// version, events) so the profile can follow attendance per term; it changes only when a mark that
/// alters the counts is recorded, and is never edited or deleted directly.
/// </summary>
public sealed class AttendanceSummary : PupilRecord
{
    /// <summary>e.g. 2025/26.</summary>
    public required string AcademicYear { get; init; }

    /// <summary>One of <see cref="SchoolTerms.All"/>.</summary>
    public required string Term { get; init; }

    public DateOnly TermStart { get; init; }

    public DateOnly TermEnd { get; init; }

    public int PossibleSessions { get; set; }

    public int AttendedSessions { get; set; }

    public int AuthorisedAbsenceSessions { get; set; }

    public int UnauthorisedAbsenceSessions { get; set; }

    public int NotPossibleSessions { get; set; }

    public decimal? AttendancePercentage { get; set; }

    public bool PersistentAbsence { get; set; }

    public AttendanceTally Tally => new(PossibleSessions, AttendedSessions, AuthorisedAbsenceSessions, UnauthorisedAbsenceSessions, NotPossibleSessions);

    /// <summary>Takes the new counts; false (and nothing changes) when they are the ones already held.</summary>
    public bool Apply(AttendanceTally tally)
    {
        if (tally == Tally)
        {
            return false;
        }

        PossibleSessions = tally.PossibleSessions;
        AttendedSessions = tally.AttendedSessions;
        AuthorisedAbsenceSessions = tally.AuthorisedAbsenceSessions;
        UnauthorisedAbsenceSessions = tally.UnauthorisedAbsenceSessions;
        NotPossibleSessions = tally.NotPossibleSessions;
        AttendancePercentage = tally.AttendancePercentage;
        PersistentAbsence = tally.PersistentAbsence;
        return true;
    }
}
