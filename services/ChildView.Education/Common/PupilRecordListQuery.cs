using ChildView.ServiceKit.Records;

namespace ChildView.Education.Common;

/// <summary>The filters every list of pupil records takes: the common ones, and the pupil (which names a child, as <c>localId</c> does).</summary>
public class PupilRecordListQuery : RecordListQuery
{
    public Guid? PupilId { get; set; }
}

public static class PupilRecordQueries
{
    /// <summary>The records of the pupil the list names, if it names one.</summary>
    public static IQueryable<TRecord> OfPupil<TRecord>(this IQueryable<TRecord> records, PupilRecordListQuery query)
        where TRecord : PupilRecord =>
        query.PupilId is { } pupilId ? records.Where(r => r.PupilId == pupilId) : records;
}
