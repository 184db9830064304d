using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.YouthOffending.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Outcomes;

public static class OffenceOutcomesApi
{
    public static IEndpointRouteBuilder MapOffenceOutcomesApi(this IEndpointRouteBuilder app)
    {
        var outcomes = app.MapGroup("/offence-outcomes").WithTags("Offence outcomes");
        outcomes.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        outcomes.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        return app;
    }

    private static async Task<Results<Created<OffenceOutcomeResponse>, ValidationProblem>> Record(
        RecordOffenceOutcomeRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var outcome = new OffenceOutcome
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            OffenceDate = request.OffenceDate!.Value,
            OffenceType = request.OffenceType!.Trim(),
            GravityScore = request.GravityScore!.Value,
            Outcome = request.Outcome!,
            OutcomeDate = request.OutcomeDate!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.OffenceOutcomes.Add(outcome);
        db.AddIntegrationEvent(new OffenceOutcomeRecorded(
            Guid.CreateVersion7(now), SourceSystems.YouthOffending, outcome.Version, now, outcome.Child.ToIdentity(SourceSystems.YouthOffending),
            outcome.Id, outcome.OffenceDate, outcome.OffenceType, outcome.GravityScore, outcome.Outcome, outcome.OutcomeDate));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, outcome.Version);
        return TypedResults.Created($"/offence-outcomes/{outcome.Id}", OffenceOutcomeResponse.From(outcome));
    }

    private static async Task<Results<Ok<OffenceOutcomeResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var outcome = await db.OffenceOutcomes.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, outcome.Version);
        return TypedResults.Ok(OffenceOutcomeResponse.From(outcome));
    }
}
