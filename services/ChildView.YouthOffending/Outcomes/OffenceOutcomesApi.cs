using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.YouthOffending.Outcomes;

public static class OffenceOutcomesApi
{
    public static IEndpointRouteBuilder MapOffenceOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<OffenceOutcome, OffenceOutcomeResponse>(
                ApiResources.YouthOffending, "/offence-outcomes", "offence-outcome", "Offence outcomes", OffenceOutcomeResponse.From, OffenceOutcomeEvents.Recorded, OffenceOutcomeEvents.Changed))
            .Create<RecordOffenceOutcomeRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var outcome = new OffenceOutcome
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), OffenceType = "", Outcome = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(outcome);
                return outcome;
            })
            .Update<RecordOffenceOutcomeRequest>((_, _) => new ValidationErrors(), (request, outcome, write) => Refusal.Of(request.ValidateAgainst(outcome, write.Today), () =>
            {
                outcome.Child = request.Child!.Replacing(outcome.Child);
                request.ApplyTo(outcome);
            }))
            // The outcome has run its course (order completed, revoked or discharged).
            .Close<CloseRecordRequest>((request, outcome, write) =>
                Refusal.Of(request.Validate(write.Today, outcome.OutcomeDate), () => outcome.EndDate = request.EndDate))
            .Delete()
            .List<OffenceOutcomeListQuery>((outcomes, query) =>
            {
                if (query.Outcome is { } type)
                {
                    outcomes = outcomes.Where(o => o.Outcome == type);
                }

                if (query.OutcomeFrom is { } from)
                {
                    outcomes = outcomes.Where(o => o.OutcomeDate >= from);
                }

                return query.OutcomeTo is { } to ? outcomes.Where(o => o.OutcomeDate <= to) : outcomes;
            });
        return app;
    }
}
