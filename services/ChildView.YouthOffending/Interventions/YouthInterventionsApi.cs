using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Interventions;

public static class YouthInterventionsApi
{
    public static IEndpointRouteBuilder MapYouthInterventionsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<YouthIntervention, YouthInterventionResponse>(
                ApiResources.YouthOffending, "/interventions", "youth-intervention", "Interventions", YouthInterventionResponse.From,
                YouthInterventionEvents.Recorded, YouthInterventionEvents.Changed))
            .Create<RecordInterventionRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var intervention = new YouthIntervention { Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), InterventionType = "", CreatedAt = write.Now, UpdatedAt = write.Now };
                request.ApplyTo(intervention);
                return intervention;
            })
            .Update<RecordInterventionRequest>((request, today) => request.Validate(today), (request, intervention, _) =>
            {
                intervention.Child = request.Child!.Replacing(intervention.Child);
                request.ApplyTo(intervention);
                return null;
            })
            .Close<CloseRecordRequest>((request, intervention, write) =>
                Refusal.Of(request.Validate(write.Today, intervention.StartDate), () => intervention.EndDate = request.EndDate))
            .Delete()
            .List<YouthInterventionListQuery>((interventions, query) =>
            {
                if (query.InterventionType is { } type)
                {
                    interventions = interventions.Where(i => i.InterventionType == type);
                }

                return query.ActiveOn is { } day ? interventions.Where(i => i.StartDate <= day && (i.EndDate == null || i.EndDate >= day)) : interventions;
            });
        return app;
    }
}
