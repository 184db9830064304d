using ChildView.Contracts.Access;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Education.Data;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Common;

/// <summary>
/// The one thing every pupil record (<see cref="PupilRecord"/>) does beyond the record pipeline: before
/// each save it takes a fresh copy of its pupil's child block, so its events name the child as the
/// education service currently knows them. A record is created only for a pupil the caller can see.
/// </summary>
public static class PupilRecordApi
{
    /// <summary>An Education record API whose records copy their pupil's child block before every save.</summary>
    public static RecordApi<TRecord, TResponse> For<TRecord, TResponse>(
        string route,
        string recordType,
        string tag,
        Func<TRecord, TResponse> respond,
        Func<TRecord, DateTimeOffset, IIntegrationEvent> recorded,
        Func<TRecord, DateTimeOffset, IIntegrationEvent> changed)
        where TRecord : PupilRecord =>
        new(ApiResources.Education, route, recordType, tag, respond, recorded, changed) { BeforeSave = CopyPupilChildAsync };

    /// <summary>What a new pupil record holds until the save copies its pupil's child block into it.</summary>
    public static ChildDetails CopiedFromPupil() => new() { LocalId = "", GivenName = "", FamilyName = "", Sex = "" };

    /// <summary>A fresh copy of the pupil's child block (owned instances cannot be shared between rows), or null when the caller has no such pupil.</summary>
    public static async Task<ChildDetails?> PupilChildAsync(EducationDbContext db, Guid pupilId, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pupilId, cancellationToken);
        return pupil?.Child.Copy();
    }

    public static ValidationProblem NoSuchPupil() => new ValidationErrors().Add("pupilId", "No such pupil.").ToProblem();

    /// <summary>A record stays with the pupil it was recorded for: a correction naming another pupil is refused, any other is applied.</summary>
    public static Refusal? SamePupil(Guid? requested, PupilRecord record, Action apply) => Refusal.Of(
        new ValidationErrors().When(requested != record.PupilId, "pupilId", "A record cannot move to another pupil; delete it and record a new one."),
        apply);

    private static async Task<Refusal?> CopyPupilChildAsync(PupilRecord record, RecordWrite write, CancellationToken cancellationToken)
    {
        var db = (EducationDbContext)write.Db;
        if (write.Action == RecordAction.Create)
        {
            if (await PupilChildAsync(db, record.PupilId, cancellationToken) is not { } child)
            {
                return NoSuchPupil();
            }

            record.Child = child;
            return null;
        }

        // A change keeps the block it has if the pupil has since gone (deleted records are still changed and republished).
        var pupil = await db.Pupils.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.Id == record.PupilId, cancellationToken);
        if (pupil is not null)
        {
            record.Child = pupil.Child.Copy();
        }

        return null;
    }
}
