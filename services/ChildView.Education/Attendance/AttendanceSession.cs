namespace ChildView.Education.Attendance;

/// <summary>One register mark: a pupil's code for the morning or afternoon session of a day. Correcting a mark replaces its code.</summary>
public sealed class AttendanceSession
{
    public Guid PupilId { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>One of <see cref="RegisterSessions"/>.</summary>
    public required string Session { get; init; }

    /// <summary>One of <see cref="AttendanceCodes.All"/>.</summary>
    public required string Code { get; set; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
