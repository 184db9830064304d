using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.Records;

/// <summary>
/// What every social care record type does the same way (the Education pupils feature's shape, once):
/// create with its version-1 event, get with an ETag, load → If-Match → validate against the stored
/// record → change → event in one transaction, soft delete with a reason, paging, and admin republish.
/// Each feature folder keeps its own requests, validation and the endpoints that differ.
/// </summary>
public sealed class RecordEndpoints<TRecord, TResponse>(
    string route,
    string recordType,
    Func<TRecord, TResponse> toResponse,
    Func<TRecord, DateTimeOffset, IIntegrationEvent> recorded,
    Func<TRecord, DateTimeOffset, IIntegrationEvent> changed)
    where TRecord : ChildRecord
{
    public static string ReadScope => ApiResources.SocialCare.ReadScope;

    public static string WriteScope => ApiResources.SocialCare.WriteScope!;

    public static string AdminScope => ApiResources.SocialCare.AdminScope!;

    /// <summary>
    /// Maps GET /{id}, DELETE /{id} (unless the feature guards its own delete) and /admin/republish/{records};
    /// returns the group for the feature's own endpoints.
    /// </summary>
    public RouteGroupBuilder Map(IEndpointRouteBuilder app, string tag, bool mapDelete = true)
    {
        var group = app.MapGroup(route).WithTags(tag);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ReadScope);
        if (mapDelete)
        {
            group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(WriteScope);
        }

        app.MapPost($"/admin/republish{route}", RepublishAsync).WithTags("Administration").RequireAuthorization(AdminScope);
        return group;
    }

    public async Task<Results<Created<TResponse>, ValidationProblem>> CreateAsync(
        SocialCareDbContext db, TRecord record, DateTimeOffset now, HttpResponse response, CancellationToken cancellationToken)
    {
        db.Set<TRecord>().Add(record);
        db.AddIntegrationEvent(recorded(record, now));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, record.Version);
        return TypedResults.Created($"{route}/{record.Id}", toResponse(record));
    }

    /// <summary>
    /// Loads the record, checks If-Match (412), refuses a close of a record that is not open (409), validates the
    /// change against the stored record (400), applies it and stages the change event before the one save.
    /// </summary>
    public async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        SocialCareDbContext db,
        Guid id,
        HttpContext http,
        DateTimeOffset now,
        Func<TRecord, ValidationErrors> validate,
        Action<TRecord> apply,
        CancellationToken cancellationToken,
        bool mustBeOpen = false)
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

        if (mustBeOpen && record.State != RecordState.Open)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The record is already closed.",
                detail: "Correct a closed record with PUT; it cannot be closed twice.");
        }

        var errors = validate(record);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        apply(record);
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
        return TypedResults.Ok(toResponse(record));
    }

    public Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        SocialCareDbContext db, Guid id, HttpContext http, DateTimeOffset now, Func<TRecord, ValidationErrors> validate, Action<TRecord> apply, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, now, validate, record =>
        {
            apply(record);
            record.Touch(now);
        }, cancellationToken);

    /// <summary>Applies the end fields, marks the record closed and bumps its version.</summary>
    public Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CloseAsync(
        SocialCareDbContext db, Guid id, HttpContext http, DateTimeOffset now, Func<TRecord, ValidationErrors> validate, Action<TRecord> apply, CancellationToken cancellationToken) =>
        ChangeAsync(db, id, http, now, validate, record =>
        {
            apply(record);
            record.State = RecordState.Closed;
            record.Touch(now);
        }, cancellationToken, mustBeOpen: true);

    public async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        Guid id, [FromBody] DeleteRecordRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        return await ChangeAsync(db, id, http, now, _ => new ValidationErrors(), record => record.SoftDelete(request.Reason!.Trim(), now), cancellationToken);
    }

    public async Task<Results<Ok<TResponse>, NotFound>> GetAsync(Guid id, SocialCareDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, record.Version);
        return TypedResults.Ok(toResponse(record));
    }

    /// <summary>Validates paging and the common filters, applies them and the feature's own, and fetches one page.</summary>
    public async Task<Results<Ok<Paged<TResponse>>, ValidationProblem>> ListAsync(
        SocialCareDbContext db,
        IRecordListQuery query,
        Func<IQueryable<TRecord>, IQueryable<TRecord>> filter,
        CancellationToken cancellationToken,
        ValidationErrors? errors = null)
    {
        errors = (errors ?? new ValidationErrors()).ValidateListQuery(query);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var records = filter(RecordQueries.ApplyCommon(db.Set<TRecord>().AsNoTracking(), query));
        var page = await records.OrderBy(r => r.Id).ToPagedAsync(query.Page, query.PageSize, toResponse, cancellationToken);
        return TypedResults.Ok(page);
    }

    public async Task<Accepted<RepublishResponse>> RepublishAsync(SocialCareDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync(db, changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse(recordType, count));
    }
}
