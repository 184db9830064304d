namespace ChildView.Education.Attendance;

/// <summary>How a DfE attendance code counts towards attendance statistics.</summary>
public enum AttendanceGroup
{
    Present,
    ApprovedEducationalActivity,
    AuthorisedAbsence,
    UnauthorisedAbsence,
    NotRequiredToAttend,
    Administrative,
}

/// <summary>
/// DfE attendance register codes, grouped as the school census counts them.
/// <para>
/// Possible sessions are every session except those not counted in possible attendance: X (not of
/// compulsory school age, not required to attend), the administrative codes Q (unable to attend for
/// lack of access arrangements), Y (exceptional circumstances) and Z (not yet on roll), and D (dual
/// registered: the session is counted by the school where the pupil attended it, so counting it here
/// too would count it twice). Present (/ \ L) and approved educational activity (K V P W B) are
/// attended sessions; authorised (C C1 C2 M T R I J1 S E) and unauthorised (N U O) absences are
/// possible sessions missed.
/// </para>
/// </summary>
public static class AttendanceCodes
{
    public static readonly IReadOnlyDictionary<string, AttendanceGroup> Groups = new Dictionary<string, AttendanceGroup>(StringComparer.Ordinal)
    {
        ["/"] = AttendanceGroup.Present,
        ["\\"] = AttendanceGroup.Present,
        ["L"] = AttendanceGroup.Present,
        ["K"] = AttendanceGroup.ApprovedEducationalActivity,
        ["V"] = AttendanceGroup.ApprovedEducationalActivity,
        ["P"] = AttendanceGroup.ApprovedEducationalActivity,
        ["W"] = AttendanceGroup.ApprovedEducationalActivity,
        ["B"] = AttendanceGroup.ApprovedEducationalActivity,
        ["D"] = AttendanceGroup.ApprovedEducationalActivity,
        ["C"] = AttendanceGroup.AuthorisedAbsence,
        ["C1"] = AttendanceGroup.AuthorisedAbsence,
        ["C2"] = AttendanceGroup.AuthorisedAbsence,
        ["M"] = AttendanceGroup.AuthorisedAbsence,
        ["T"] = AttendanceGroup.AuthorisedAbsence,
        ["R"] = AttendanceGroup.AuthorisedAbsence,
        ["I"] = AttendanceGroup.AuthorisedAbsence,
        ["J1"] = AttendanceGroup.AuthorisedAbsence,
        ["S"] = AttendanceGroup.AuthorisedAbsence,
        ["E"] = AttendanceGroup.AuthorisedAbsence,
        ["N"] = AttendanceGroup.UnauthorisedAbsence,
        ["U"] = AttendanceGroup.UnauthorisedAbsence,
        ["O"] = AttendanceGroup.UnauthorisedAbsence,
        ["X"] = AttendanceGroup.NotRequiredToAttend,
        ["Q"] = AttendanceGroup.Administrative,
        ["Y"] = AttendanceGroup.Administrative,
        ["Z"] = AttendanceGroup.Administrative,
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Groups.Keys, StringComparer.Ordinal);

    /// <summary>Codes that do not count as possible sessions (see the class summary).</summary>
    public static readonly IReadOnlySet<string> NotPossible = new HashSet<string>(["X", "Q", "Y", "Z", "D"], StringComparer.Ordinal);

    public static bool IsPossible(string code) => All.Contains(code) && !NotPossible.Contains(code);

    public static bool IsAttended(string code) =>
        IsPossible(code) && Groups[code] is AttendanceGroup.Present or AttendanceGroup.ApprovedEducationalActivity;
}

/// <summary>Morning and afternoon registration sessions.</summary>
public static class RegisterSessions
{
    public const string Morning = "AM";
    public const string Afternoon = "PM";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Morning, Afternoon], StringComparer.Ordinal);
}
