using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Attendance;

/// <summary>Register marks for one pupil, in bulk; a mark for a session already held replaces it (a correction).</summary>
public sealed record RecordSessionsRequest(Guid? PupilId, IReadOnlyList<SessionMarkRequest?>? Sessions)
{
    /// <summary>A school year has about 380 sessions; one request may carry a little more than a year.</summary>
    public const int MaxSessions = 500;

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors().RequiredId("pupilId", PupilId);
        if (Sessions is null || Sessions.Count == 0)
        {
            return errors.Add("sessions", "At least one session is required.");
        }

        if (Sessions.Count > MaxSessions)
        {
            return errors.Add("sessions", $"At most {MaxSessions} sessions per request.");
        }

        var seen = new HashSet<(DateOnly, string)>();
        for (var i = 0; i < Sessions.Count; i++)
        {
            var prefix = $"sessions[{i}]";
            if (Sessions[i] is not { } mark)
            {
                errors.Add(prefix, "Required.");
                continue;
            }

            errors
                .OneOf($"{prefix}.session", mark.Session, RegisterSessions.All)
                .OneOf($"{prefix}.code", mark.Code, AttendanceCodes.All);
            if (mark.Date is not { } date)
            {
                errors.Add($"{prefix}.date", "Required.");
                continue;
            }

            errors
                .When(date > today, $"{prefix}.date", "Must not be in the future.")
                .When(SchoolTerms.TermOf(date) is null, $"{prefix}.date", "Falls in August, which no school term covers.")
                .When(mark.Session is not null && !seen.Add((date, mark.Session)), $"{prefix}", "The same session appears twice in this request.");
        }

        return errors;
    }
}

/// <param name="Session">AM or PM.</param>
/// <param name="Code">A DfE attendance code, e.g. "/", "L", "I", "N", "X".</param>
public sealed record SessionMarkRequest(DateOnly? Date, string? Session, string? Code);

public sealed record AttendanceSummaryResponse(
    Guid Id, long Version, Guid PupilId, ChildDetails Child, string AcademicYear, string Term, DateOnly TermStart, DateOnly TermEnd,
    int PossibleSessions, int AttendedSessions, int AuthorisedAbsenceSessions, int UnauthorisedAbsenceSessions, int NotPossibleSessions,
    decimal? AttendancePercentage, bool PersistentAbsence, DateTimeOffset UpdatedAt)
{
    public static AttendanceSummaryResponse From(AttendanceSummary s) => new(
        s.Id, s.Version, s.PupilId, s.Child, s.AcademicYear, s.Term, s.TermStart, s.TermEnd,
        s.PossibleSessions, s.AttendedSessions, s.AuthorisedAbsenceSessions, s.UnauthorisedAbsenceSessions, s.NotPossibleSessions,
        s.AttendancePercentage, s.PersistentAbsence, s.UpdatedAt);
}

public sealed record RecordSessionsResponse(Guid PupilId, int SessionsRecorded, IReadOnlyList<AttendanceSummaryResponse> Summaries);

public sealed record AttendanceSessionResponse(DateOnly Date, string Session, string Code, string Group);

public sealed class AttendanceSummaryListQuery : PupilRecordListQuery
{
    public string? AcademicYear { get; set; }

    public string? Term { get; set; }

    public bool? PersistentAbsence { get; set; }

    public override ValidationErrors Validate() =>
        base.Validate().OneOf("term", Term, SchoolTerms.All, required: false);
}

public sealed record AttendanceSessionQuery(DateOnly? From, DateOnly? To);
