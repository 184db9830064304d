using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Exclusions;

/// <summary>Records (or with PUT replaces) a suspension or a permanent exclusion.</summary>
/// <param name="Sessions">Suspension: half-day sessions, at least 1; permanent exclusion: none.</param>
/// <param name="EndDate">Suspension: the last day, required; permanent exclusion: none.</param>
public sealed record ExclusionRequest(Guid? PupilId, string? Category, string? Reason, DateOnly? StartDate, DateOnly? EndDate, int? Sessions)
{
    /// <summary>A school decides a suspension before it starts; a start further ahead than this is a mistyped date.</summary>
    public const int MaxDaysAhead = 31;

    /// <summary>Suspensions are limited to 45 school days in a school year: 90 sessions.</summary>
    public const int MaxSessions = 90;

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .RequiredId("pupilId", PupilId)
            .OneOf("category", Category, ExclusionCategories.All)
            .OneOf("reason", Reason, ExclusionReasons.All);
        if (StartDate is not { } start)
        {
            errors.Add("startDate", "Required.");
        }
        else
        {
            errors.When(start > today.AddDays(MaxDaysAhead), "startDate", $"Must not be more than {MaxDaysAhead} days ahead.");
        }

        if (Category == ExclusionCategories.Permanent)
        {
            return errors
                .When(EndDate is not null, "endDate", "A permanent exclusion has no end date.")
                .When(Sessions is not null, "sessions", "A permanent exclusion has no session count.");
        }

        if (Category != ExclusionCategories.Suspension)
        {
            return errors;
        }

        if (EndDate is not { } end)
        {
            errors.Add("endDate", "Required for a suspension.");
        }
        else
        {
            errors.When(StartDate is { } s && end < s, "endDate", "Must not be before startDate.");
        }

        if (Sessions is not { } sessions)
        {
            return errors.Add("sessions", "Required for a suspension.");
        }

        var daysSpanned = StartDate is { } from && EndDate is { } to && to >= from ? to.DayNumber - from.DayNumber + 1 : (int?)null;
        return errors
            .When(sessions < 1, "sessions", "A suspension is at least 1 session.")
            .When(sessions > MaxSessions, "sessions", $"At most {MaxSessions} sessions (45 school days).")
            .When(sessions >= 1 && daysSpanned is { } days && sessions > days * 2, "sessions", "More sessions than the dates span (two a day).");
    }
}

public sealed record ExclusionResponse(
    Guid Id, long Version, RecordState State, Guid PupilId, ChildDetails Child, string Category, string Reason, DateOnly StartDate, DateOnly? EndDate, int? Sessions, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ExclusionResponse From(Exclusion e) =>
        new(e.Id, e.Version, e.State, e.PupilId, e.Child, e.Category, e.Reason, e.StartDate, e.EndDate, e.Sessions, e.CreatedAt, e.UpdatedAt);
}

public sealed class ExclusionListQuery : PupilRecordListQuery
{
    public string? Category { get; set; }

    public string? Reason { get; set; }
}
