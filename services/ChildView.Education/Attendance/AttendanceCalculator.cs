namespace ChildView.Education.Attendance;

/// <summary>Session counts for one pupil over one term, and what the census derives from them.</summary>
public sealed record AttendanceTally(int PossibleSessions, int AttendedSessions, int AuthorisedAbsenceSessions, int UnauthorisedAbsenceSessions, int NotPossibleSessions)
{
    /// <summary>Persistent absence: attendance below this share of possible sessions (absence of 10 % or more).</summary>
    public const decimal PersistentAbsenceThreshold = 90m;

    /// <summary>Attended ÷ possible × 100, to one decimal place; null when no session was possible.</summary>
    public decimal? AttendancePercentage =>
        PossibleSessions == 0 ? null : Math.Round(AttendedSessions * 100m / PossibleSessions, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Below 90 % of possible sessions, decided on the exact counts (attended × 10 &lt; possible × 9) so
    /// that rounding can never lift 89.96 % to "90.0 %, not persistent".
    /// </summary>
    public bool PersistentAbsence => PossibleSessions > 0 && AttendedSessions * 10L < PossibleSessions * 9L;
}

public static class AttendanceCalculator
{
    public static AttendanceTally Tally(IEnumerable<string> codes)
    {
        int possible = 0, attended = 0, authorised = 0, unauthorised = 0, notPossible = 0;
        foreach (var code in codes)
        {
            if (!AttendanceCodes.Groups.TryGetValue(code, out var group))
            {
                throw new ArgumentException($"'{code}' is not a DfE attendance code.", nameof(codes));
            }

            if (AttendanceCodes.NotPossible.Contains(code))
            {
                notPossible++;
                continue;
            }

            possible++;
            switch (group)
            {
                case AttendanceGroup.Present or AttendanceGroup.ApprovedEducationalActivity:
                    attended++;
                    break;
                case AttendanceGroup.AuthorisedAbsence:
                    authorised++;
                    break;
                case AttendanceGroup.UnauthorisedAbsence:
                    unauthorised++;
                    break;
            }
        }

        return new AttendanceTally(possible, attended, authorised, unauthorised, notPossible);
    }
}
