using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;

namespace ChildView.Education.Common;

/// <summary>
/// A record the school keeps about one of its pupils (an enrolment, a suspension, …). It carries a
/// copy of the pupil's child block, refreshed from the pupil on every change, so each record's events
/// name the child as the education service currently knows them.
/// </summary>
public abstract class PupilRecord : ChildRecord
{
    public Guid PupilId { get; init; }
}

/// <summary>A pupil record with a start and an optional end: open until it ends, closed from then on.</summary>
public abstract class PeriodRecord : PupilRecord
{
    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Sets the period and derives the state from it; a deleted record stays deleted.</summary>
    public void SetPeriod(DateOnly start, DateOnly? end)
    {
        StartDate = start;
        EndDate = end;
        if (State != RecordState.Deleted)
        {
            State = end is null ? RecordState.Open : RecordState.Closed;
        }
    }
}
