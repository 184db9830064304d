using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Data;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Common;

/// <summary>
/// The shape every pupil record's endpoints share (load, If-Match, change, event, one save, ETag),
/// written once so the feature APIs only say what differs.
/// </summary>
public static class RecordEndpoints
{
    /// <summary>A fresh copy of the pupil's child block (owned instances cannot be shared between rows), or null when there is no such pupil.</summary>
    public static async Task<ChildDetails?> PupilChildAsync(EducationDbContext db, Guid pupilId, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pupilId, cancellationToken);
        return pupil?.Child.Copy();
    }

    public static ValidationProblem NoSuchPupil() => new ValidationErrors().Add("pupilId", "No such pupil.").ToProblem();

    public static ChildDetails Copy(this ChildDetails child) => new()
    {
        LocalId = child.LocalId,
        GivenName = child.GivenName,
        FamilyName = child.FamilyName,
        DateOfBirth = child.DateOfBirth,
        Sex = child.Sex,
        Upn = child.Upn,
        NhsNumber = child.NhsNumber,
        AddressLine1 = child.AddressLine1,
        AddressLine2 = child.AddressLine2,
        Town = child.Town,
        Postcode = child.Postcode,
    };

    /// <summary>Adds a new record (version 1) and its event in one save, and answers 201 with its location and ETag.</summary>
    public static async Task<Created<TResponse>> CreateAsync<TRecord, TResponse>(
        EducationDbContext db, TRecord record, IIntegrationEvent recorded, string location, Func<TRecord, TResponse> respond, HttpResponse response, CancellationToken cancellationToken)
        where TRecord : PupilRecord
    {
        db.Set<TRecord>().Add(record);
        db.AddIntegrationEvent(recorded);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(response, record.Version);
        return TypedResults.Created($"{location}/{record.Id}", respond(record));
    }

    /// <summary>
    /// Loads the record, checks If-Match, lets <paramref name="change"/> validate against the current
    /// state and apply the change (it calls <c>Touch</c> or <c>SoftDelete</c>), refreshes the child block
    /// from the pupil, stages the change event and saves once.
    /// </summary>
    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync<TRecord, TResponse>(
        Guid id,
        EducationDbContext db,
        HttpContext http,
        DateTimeOffset now,
        Func<TRecord, ValidationErrors> change,
        Func<TRecord, DateTimeOffset, IIntegrationEvent> changed,
        Func<TRecord, TResponse> respond,
        CancellationToken cancellationToken)
        where TRecord : PupilRecord
    {
        var record = await db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.IfMatchAllows(http.Request, record.Version))
        {
            return ConcurrencyProblems.Stale(record.Version);
        }

        var errors = change(record);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var pupil = await db.Pupils.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.Id == record.PupilId, cancellationToken);
        if (pupil is not null)
        {
            record.Child = pupil.Child.Copy();
        }

        db.AddIntegrationEvent(changed(record, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConcurrencyProblems.Stale(null);
        }

        ETags.Set(http.Response, record.Version);
        return TypedResults.Ok(respond(record));
    }

    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync<TRecord, TResponse>(
        Guid id,
        DeleteRecordRequest request,
        EducationDbContext db,
        TimeProvider clock,
        HttpContext http,
        Func<TRecord, DateTimeOffset, IIntegrationEvent> changed,
        Func<TRecord, TResponse> respond,
        CancellationToken cancellationToken)
        where TRecord : PupilRecord
    {
        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        return await ChangeAsync(id, db, http, now, (TRecord record) =>
        {
            record.SoftDelete(request.Reason!.Trim(), now);
            return new ValidationErrors();
        }, changed, respond, cancellationToken);
    }

    public static async Task<Results<Ok<TResponse>, NotFound>> GetAsync<TRecord, TResponse>(
        Guid id, EducationDbContext db, HttpResponse response, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : PupilRecord
    {
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, record.Version);
        return TypedResults.Ok(respond(record));
    }

    public static async Task<Accepted<RepublishResponse>> RepublishAsync<TRecord>(
        EducationDbContext db, string recordType, Func<TRecord, DateTimeOffset, IIntegrationEvent> current, TimeProvider clock, CancellationToken cancellationToken)
        where TRecord : PupilRecord
    {
        var count = await Republisher.RepublishAsync(db, current, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse(recordType, count));
    }
}
