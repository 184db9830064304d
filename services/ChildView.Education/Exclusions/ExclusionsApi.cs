using ChildView.Education.Common;
using ChildView.ServiceKit.Records;

namespace ChildView.Education.Exclusions;

/// <summary>Suspensions and permanent exclusions; no close action, because both dates are part of the record when it is made.</summary>
public static class ExclusionsApi
{
    public static IEndpointRouteBuilder MapExclusionsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(PupilRecordApi.For<Exclusion, ExclusionResponse>(
                "/exclusions", "exclusion", "Suspensions and exclusions", ExclusionResponse.From, ExclusionEvents.Recorded, ExclusionEvents.Changed))
            .Create<ExclusionRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var exclusion = new Exclusion
                {
                    Id = Guid.CreateVersion7(write.Now), PupilId = request.PupilId!.Value, Child = PupilRecordApi.CopiedFromPupil(), Category = "", Reason = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                Apply(request, exclusion);
                return exclusion;
            })
            .Update<ExclusionRequest>((request, today) => request.Validate(today), (request, exclusion, _) =>
                PupilRecordApi.SamePupil(request.PupilId, exclusion, () => Apply(request, exclusion)))
            .Delete()
            .List<ExclusionListQuery>((exclusions, query) =>
            {
                exclusions = exclusions.OfPupil(query);

                if (!string.IsNullOrWhiteSpace(query.Category))
                {
                    var category = query.Category.Trim();
                    exclusions = exclusions.Where(e => e.Category == category);
                }

                if (!string.IsNullOrWhiteSpace(query.Reason))
                {
                    var reason = query.Reason.Trim();
                    exclusions = exclusions.Where(e => e.Reason == reason);
                }

                return exclusions;
            });
        return app;
    }

    private static void Apply(ExclusionRequest request, Exclusion exclusion)
    {
        exclusion.Category = request.Category!;
        exclusion.Reason = request.Reason!;
        exclusion.StartDate = request.StartDate!.Value;
        exclusion.EndDate = request.EndDate;
        exclusion.Sessions = request.Sessions;
    }
}
