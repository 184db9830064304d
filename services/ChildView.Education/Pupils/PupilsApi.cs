using ChildView.Contracts.Security;
using ChildView.Education.Data;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.Pupils;

public static class PupilsApi
{
    public static IEndpointRouteBuilder MapPupilsApi(this IEndpointRouteBuilder app)
    {
        var pupils = app.MapGroup("/pupils").WithTags("Pupils");
        pupils.MapPost("/", Register).RequireAuthorization(ApiResources.Education.WriteScope!);
        pupils.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        pupils.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        return app;
    }

    private static async Task<Results<Created<PupilResponse>, ValidationProblem>> Register(
        RegisterPupilRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var pupil = new Pupil { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), Version = 1, CreatedAt = now, UpdatedAt = now };
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
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pupil is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.IfMatchAllows(http.Request, pupil.Version))
        {
            return ConcurrencyProblems.Stale(pupil.Version);
        }

        var details = request.Child!.ToDetails();
        details.LocalId = pupil.Child.LocalId;
        pupil.Child = details;
        pupil.Version++;
        pupil.UpdatedAt = now;
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
}
