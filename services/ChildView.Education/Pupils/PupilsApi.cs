using ChildView.Contracts.Identifiers;
using ChildView.Contracts.Security;
using ChildView.Education.Data;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Pupils;

public static class PupilsApi
{
    public static IEndpointRouteBuilder MapPupilsApi(this IEndpointRouteBuilder app)
    {
        var pupils = app.MapRecordGroup<Pupil>("/pupils", "pupil", "Pupils");
        pupils.MapPost("/", Register).RequireAuthorization(ApiResources.Education.WriteScope!);
        pupils.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        pupils.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        pupils.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        pupils.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/pupils", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<PupilResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterPupilRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime), requireReasonWhenUpnMissing: true);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (await UpnHeldByAnotherPupilAsync(db, request.Child!.Upn, null, cancellationToken))
        {
            return UpnInUse();
        }

        var pupil = new Pupil
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            FormerUpn = UniquePupilNumber.Normalise(request.FormerUpn),
            UpnUnknownReason = request.UpnUnknownReason,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Pupils.Add(pupil);
        db.AddIntegrationEvent(PupilEvents.Registered(pupil, now));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, pupil.Version);
        return TypedResults.Created($"/pupils/{pupil.Id}", PupilResponse.From(pupil));
    }

    private static async Task<Results<Ok<PupilResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RegisterPupilRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime), requireReasonWhenUpnMissing: true);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (await UpnHeldByAnotherPupilAsync(db, request.Child!.Upn, id, cancellationToken))
        {
            return UpnInUse();
        }

        return await ChangeAsync(id, db, http, now, pupil =>
        {
            var details = request.Child!.ToDetails();
            details.LocalId = pupil.Child.LocalId;
            pupil.Child = details;
            pupil.FormerUpn = UniquePupilNumber.Normalise(request.FormerUpn);
            pupil.UpnUnknownReason = request.UpnUnknownReason;
            pupil.Touch(now);
        }, cancellationToken);
    }

    private static async Task<Results<Ok<PupilResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        return await ChangeAsync(id, db, http, now, pupil => pupil.SoftDelete(request.Reason!.Trim(), now), cancellationToken);
    }

    /// <summary>A UPN names one pupil: a second pupil with a UPN already held (by a pupil not deleted) is a conflict.</summary>
    private static async Task<bool> UpnHeldByAnotherPupilAsync(EducationDbContext db, string? upn, Guid? self, CancellationToken cancellationToken) =>
        UniquePupilNumber.Normalise(upn) is { } normalised
        && await db.Pupils.IgnoreQueryFilters().AnyAsync(p => p.DeletedAt == null && p.Child.Upn == normalised && p.Id != self, cancellationToken);

    private static ProblemHttpResult UpnInUse() => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["child.upn"] = ["Another pupil already holds this UPN."] })
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The UPN is already in use.",
    });

    /// <summary>Loads, checks If-Match, applies the change and its event in one transaction, and answers with the new ETag.</summary>
    private static async Task<Results<Ok<PupilResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, EducationDbContext db, HttpContext http, DateTimeOffset now, Action<Pupil> change, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pupil is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.IfMatchAllows(http.Request, pupil.Version))
        {
            return ConcurrencyProblems.Stale(pupil.Version);
        }

        change(pupil);
        db.AddIntegrationEvent(PupilEvents.DetailsChanged(pupil, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConcurrencyProblems.Stale(null);
        }

        ETags.Set(http.Response, pupil.Version);
        return TypedResults.Ok(PupilResponse.From(pupil));
    }

    private static async Task<Results<Ok<PupilResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pupil is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, pupil.Version);
        return TypedResults.Ok(PupilResponse.From(pupil));
    }

    private static async Task<Results<Ok<Paged<PupilResponse>>, ValidationProblem>> List(
        [AsParameters] PupilListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var pupils = db.Pupils.AsNoTracking().WhereChild(query);
        var page = await pupils.OrderBy(p => p.Id).ToPagedAsync(query.Page, query.PageSize, PupilResponse.From, cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<Pupil>(db, PupilEvents.DetailsChanged, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("pupil", count));
    }
}

public sealed record PupilListQuery(string? LocalId, string? Upn, string? NhsNumber, string? FamilyName, string? GivenName, int? Page, int? PageSize) : IChildFilter;
