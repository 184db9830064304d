using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Records;

/// <summary>The filters every list of child records accepts besides its own (state, page and size, and the feature's).</summary>
public interface IChildListQuery : IChildFilter
{
    RecordState? State { get; }

    int? Page { get; }

    int? PageSize { get; }
}

/// <summary>
/// The create, read and change plumbing every feature of this service shares, in the shape of the
/// Education reference feature: one transaction for a change and its event, If-Match checked against
/// the loaded version (412), and the new version back as the ETag. Local to this service; a
/// candidate for ServiceKit once the other services settle on it.
/// </summary>
public static class RecordEndpoints
{
    public static async Task<Results<Created<TResponse>, ValidationProblem>> CreateAsync<TRecord, TResponse>(
        DbContext db, TRecord record, IIntegrationEvent recorded, string collection, Func<TRecord, TResponse> map, HttpResponse response, CancellationToken cancellationToken)
        where TRecord : ChildRecord
    {
        db.Set<TRecord>().Add(record);
        db.AddIntegrationEvent(recorded);
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, record.Version);
        return TypedResults.Created($"{collection}/{record.Id}", map(record));
    }

    public static async Task<Results<Ok<TResponse>, NotFound>> GetAsync<TRecord, TResponse>(
        DbContext db, Guid id, Func<TRecord, TResponse> map, HttpResponse response, CancellationToken cancellationToken)
        where TRecord : ChildRecord
    {
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, record.Version);
        return TypedResults.Ok(map(record));
    }

    /// <summary>
    /// Loads, checks If-Match, asks <paramref name="check"/> whether the change fits the stored record
    /// (before anything is changed), applies it (which must call <c>Touch</c> or <c>SoftDelete</c>) and
    /// stages its event in the same <c>SaveChangesAsync</c>.
    /// </summary>
    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync<TRecord, TResponse>(
        DbContext db,
        Guid id,
        HttpContext http,
        Func<TRecord, ValidationErrors>? check,
        Action<TRecord> apply,
        Func<TRecord, IIntegrationEvent> changed,
        Func<TRecord, TResponse> map,
        CancellationToken cancellationToken)
        where TRecord : ChildRecord
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

        if (check?.Invoke(record) is { IsValid: false } errors)
        {
            return errors.ToProblem();
        }

        apply(record);
        db.AddIntegrationEvent(changed(record));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConcurrencyProblems.Stale(null);
        }

        ETags.Set(http.Response, record.Version);
        return TypedResults.Ok(map(record));
    }

    /// <summary>Soft delete with a reason, the same for every record type.</summary>
    public static async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync<TRecord, TResponse>(
        DbContext db, Guid id, DeleteRecordRequest request, HttpContext http, DateTimeOffset now, Func<TRecord, IIntegrationEvent> changed, Func<TRecord, TResponse> map, CancellationToken cancellationToken)
        where TRecord : ChildRecord
    {
        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await ChangeAsync(db, id, http, null, record => record.SoftDelete(request.Reason!.Trim(), now), changed, map, cancellationToken);
    }

    /// <summary>Marks the record closed; the caller has already set its end.</summary>
    public static void Close(this ChildRecord record, DateTimeOffset now)
    {
        record.State = RecordState.Closed;
        record.Touch(now);
    }

    /// <summary>Replaces the child block from an update, keeping the service's own id for the child.</summary>
    public static void ReplaceChild(this ChildRecord record, ChildDetailsRequest child)
    {
        var details = child.ToDetails();
        details.LocalId = record.Child.LocalId;
        record.Child = details;
    }

    public static IQueryable<TRecord> WhereChild<TRecord>(this IQueryable<TRecord> records, IChildListQuery query)
        where TRecord : ChildRecord
    {
        records = records.WhereChild((IChildFilter)query);
        if (query.State is { } state)
        {
            records = records.Where(r => r.State == state);
        }

        return records;
    }
}
