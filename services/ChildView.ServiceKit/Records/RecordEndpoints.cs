using ChildView.Contracts.Access;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Pipeline;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Records;

/// <summary>
/// The endpoints of one record type, the same for every record of every service, mapped on the record
/// pipeline's group (<see cref="RecordPipelineRegistration.MapRecordGroup{TRecord}"/>): GET one (ETag),
/// the admin republish, and — as the feature asks for them — create (201 + Location + ETag, version-1
/// event in the same save), list (<see cref="RecordListQuery"/>), and update, close and delete (load →
/// If-Match compared strongly → the feature's check against the stored record → apply → change event →
/// one save). The feature says only what differs: validation, how a request becomes or changes a
/// record, and its own list filters.
/// </summary>
public sealed class RecordEndpoints<TRecord, TResponse>
    where TRecord : ChildRecord
{
    private const string One = "/{id:guid}";

    private readonly RecordApi<TRecord, TResponse> _api;
    private readonly RouteGroupBuilder _group;

    internal RecordEndpoints(IEndpointRouteBuilder app, RecordApi<TRecord, TResponse> api)
    {
        _api = api;
        _group = app.MapRecordGroup<TRecord>(api.Route, api.RecordType, api.Tag);
        _group.MapGet(api.RecordsPath + One, GetAsync).RequireAuthorization(ReadScope);
        app.MapPost(api.RepublishRoute, RepublishAsync).WithTags("Administration").RequireAuthorization(api.Resource.AdminScope!);
    }

    private string ReadScope => _api.Resource.ReadScope;

    private string WriteScope => _api.Resource.WriteScope!;

    private string Collection => _api.RecordsPath.Length == 0 ? "/" : _api.RecordsPath;

    /// <summary>POST: validates the request, lets the feature make the record (or refuse), and saves it with its version-1 event.</summary>
    public RecordEndpoints<TRecord, TResponse> Create<TRequest>(
        Func<TRequest, DateOnly, ValidationErrors> validate, Func<TRequest, RecordWrite, CancellationToken, Task<Made<TRecord>>> create)
    {
        _group.MapPost(Collection, (TRequest? request, HttpContext http, CancellationToken cancellationToken) => CreateAsync(request, http, validate, create, cancellationToken))
            .RequireAuthorization(WriteScope);
        return this;
    }

    public RecordEndpoints<TRecord, TResponse> Create<TRequest>(Func<TRequest, DateOnly, ValidationErrors> validate, Func<TRequest, RecordWrite, TRecord> create) =>
        Create<TRequest>(validate, (request, write, _) => Task.FromResult<Made<TRecord>>(create(request, write)));

    /// <summary>PUT /{id}: validates the request, then the feature checks it against the stored record and applies it (or refuses, changing nothing).</summary>
    public RecordEndpoints<TRecord, TResponse> Update<TRequest>(
        Func<TRequest, DateOnly, ValidationErrors> validate, Func<TRequest, TRecord, RecordWrite, CancellationToken, Task<Refusal?>> change)
    {
        _group.MapPut(_api.RecordsPath + One, (Guid id, TRequest? request, HttpContext http, CancellationToken cancellationToken) =>
                ChangeAsync(id, http, RecordAction.Update, today => request is null ? BodyRequired() : validate(request, today), (record, write, token) => change(request!, record, write, token), cancellationToken))
            .RequireAuthorization(WriteScope);
        return this;
    }

    public RecordEndpoints<TRecord, TResponse> Update<TRequest>(Func<TRequest, DateOnly, ValidationErrors> validate, Func<TRequest, TRecord, RecordWrite, Refusal?> change) =>
        Update<TRequest>(validate, (request, record, write, _) => Task.FromResult(change(request, record, write)));

    /// <summary>POST /{id}/close: the feature checks the end against the stored record and sets it; the record is then closed (409 when it already was).</summary>
    public RecordEndpoints<TRecord, TResponse> Close<TRequest>(Func<TRequest, TRecord, RecordWrite, CancellationToken, Task<Refusal?>> close)
    {
        _group.MapPost(_api.RecordsPath + One + "/close", (Guid id, TRequest? request, HttpContext http, CancellationToken cancellationToken) =>
                ChangeAsync(id, http, RecordAction.Close, _ => request is null ? BodyRequired() : new ValidationErrors(), (record, write, token) => close(request!, record, write, token), cancellationToken))
            .RequireAuthorization(WriteScope);
        return this;
    }

    public RecordEndpoints<TRecord, TResponse> Close<TRequest>(Func<TRequest, TRecord, RecordWrite, Refusal?> close) =>
        Close<TRequest>((request, record, write, _) => Task.FromResult(close(request, record, write)));

    /// <summary>DELETE /{id}: a soft delete with a reason; <paramref name="guard"/> may refuse it for the stored record (the allocation rules).</summary>
    public RecordEndpoints<TRecord, TResponse> Delete(Func<TRecord, RecordWrite, CancellationToken, Task<Refusal?>>? guard = null)
    {
        _group.MapDelete(_api.RecordsPath + One, ([FromBody] DeleteRecordRequest request, Guid id, HttpContext http, CancellationToken cancellationToken) =>
                ChangeAsync(id, http, RecordAction.Delete, _ => request.Validate(), async (record, write, token) =>
                {
                    if (guard is not null && await guard(record, write, token) is { } refusal)
                    {
                        return refusal;
                    }

                    record.SoftDelete(request.Reason!.Trim(), write.Now);
                    return null;
                }, cancellationToken))
            .RequireAuthorization(WriteScope);
        return this;
    }

    /// <summary>GET: the common filters (<see cref="RecordListQuery"/>) and the feature's own, in id order, one page.</summary>
    public RecordEndpoints<TRecord, TResponse> List<TQuery>(Func<IQueryable<TRecord>, TQuery, IQueryable<TRecord>>? filter = null)
        where TQuery : RecordListQuery
    {
        _group.MapGet(Collection, ([AsParameters] TQuery query, RecordDbContext db, CancellationToken cancellationToken) => ListAsync(query, filter, db, cancellationToken))
            .RequireAuthorization(ReadScope);
        return this;
    }

    public RecordEndpoints<TRecord, TResponse> List() => List<RecordListQuery>();

    /// <summary>Another read of the record type (a child's records under a route value): it passes the pipeline like the rest.</summary>
    public RouteHandlerBuilder MapRead(string pattern, Delegate handler) => _group.MapGet(pattern, handler).RequireAuthorization(ReadScope);

    /// <summary>Another write of the record type (marks that derive its records): it passes the pipeline like the rest.</summary>
    public RouteHandlerBuilder MapWrite(string pattern, Delegate handler) => _group.MapPost(pattern, handler).RequireAuthorization(WriteScope);

    private async Task<Results<Created<TResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync<TRequest>(
        TRequest? request,
        HttpContext http,
        Func<TRequest, DateOnly, ValidationErrors> validate,
        Func<TRequest, RecordWrite, CancellationToken, Task<Made<TRecord>>> create,
        CancellationToken cancellationToken)
    {
        var write = RecordWrite.For(http, RecordAction.Create);
        var errors = request is null ? BodyRequired() : validate(request, write.Today);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var made = await create(request!, write, cancellationToken);
        if (made.Refusal is { } refused)
        {
            return CreateRefused(refused);
        }

        var record = made.Record!;
        if (await BeforeSaveAsync(record, write, cancellationToken) is { } refusal)
        {
            return CreateRefused(refusal);
        }

        write.Db.Set<TRecord>().Add(record);
        write.Db.AddIntegrationEvent(_api.Recorded(record, write.Now));
        if (await SaveAsync(write, cancellationToken) is { } conflict)
        {
            return CreateRefused(conflict);
        }

        ETags.Set(http.Response, record.Version);
        return TypedResults.Created(_api.Location(record.Id), _api.Respond(record));
    }

    /// <summary>A generic body parameter is optional to the framework (its nullability cannot be read), so a JSON <c>null</c> arrives here.</summary>
    private static ValidationErrors BodyRequired() => new ValidationErrors().Add("body", "A request body is required.");

    private async Task<Results<Ok<TResponse>, NotFound>> GetAsync(Guid id, HttpContext http, RecordDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Set<TRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(http.Response, record.Version);
        return TypedResults.Ok(_api.Respond(record));
    }

    /// <summary>
    /// The one way a stored record changes: the request's own validation (400), load, If-Match (412 when stale), the feature's check and
    /// change, the version bump (and the close), the change event, one save.
    /// </summary>
    private async Task<Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id,
        HttpContext http,
        RecordAction action,
        Func<DateOnly, ValidationErrors>? validate,
        Func<TRecord, RecordWrite, CancellationToken, Task<Refusal?>> change,
        CancellationToken cancellationToken)
    {
        var write = RecordWrite.For(http, action);
        if (validate?.Invoke(write.Today) is { IsValid: false } errors)
        {
            return errors.ToProblem();
        }

        var record = await write.Db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.IfMatchAllows(http.Request, record.Version))
        {
            return ConcurrencyProblems.Stale(record.Version);
        }

        if (await change(record, write, cancellationToken) is { } refused)
        {
            return ChangeRefused(refused);
        }

        if (action is RecordAction.Update or RecordAction.Close)
        {
            if (action == RecordAction.Close)
            {
                record.State = RecordState.Closed;
            }

            record.Touch(write.Now);
        }

        if (await BeforeSaveAsync(record, write, cancellationToken) is { } refusal)
        {
            return ChangeRefused(refusal);
        }

        write.Db.AddIntegrationEvent(_api.Changed(record, write.Now));
        try
        {
            if (await SaveAsync(write, cancellationToken) is { } conflict)
            {
                return ChangeRefused(conflict);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConcurrencyProblems.Stale(null);
        }

        ETags.Set(http.Response, record.Version);
        return TypedResults.Ok(_api.Respond(record));
    }

    private async Task<Results<Ok<Paged<TResponse>>, ValidationProblem>> ListAsync<TQuery>(
        TQuery query, Func<IQueryable<TRecord>, TQuery, IQueryable<TRecord>>? filter, RecordDbContext db, CancellationToken cancellationToken)
        where TQuery : RecordListQuery
    {
        var errors = query.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var records = query.Apply(db.Set<TRecord>().AsNoTracking());
        if (filter is not null)
        {
            records = filter(records, query);
        }

        return TypedResults.Ok(await records.OrderBy(r => r.Id).ToPagedAsync(query.Page, query.PageSize, _api.Respond, cancellationToken));
    }

    private async Task<Accepted<RepublishResponse>> RepublishAsync(RecordDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync(db, _api.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse(_api.RecordType, count));
    }

    private Task<Refusal?> BeforeSaveAsync(TRecord record, RecordWrite write, CancellationToken cancellationToken) =>
        _api.BeforeSave?.Invoke(record, write, cancellationToken) ?? Task.FromResult<Refusal?>(null);

    /// <summary>Saves; a refusal the feature recognises (a unique index under a race) comes back as its answer.</summary>
    private async Task<Refusal?> SaveAsync(RecordWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await write.Db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException failure) when (failure is not DbUpdateConcurrencyException && _api.SaveRefused?.Invoke(failure) is not null)
        {
            return _api.SaveRefused(failure);
        }
    }

    private static Results<Created<TResponse>, ValidationProblem, ProblemHttpResult> CreateRefused(Refusal refusal) =>
        refusal.Invalid is { } invalid ? invalid : refusal.Problem!;

    private static Results<Ok<TResponse>, NotFound, ValidationProblem, ProblemHttpResult> ChangeRefused(Refusal refusal) =>
        refusal.Invalid is { } invalid ? invalid : refusal.Problem!;
}
