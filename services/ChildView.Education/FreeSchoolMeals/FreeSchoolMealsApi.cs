using ChildView.Education.Common;
using ChildView.ServiceKit.Records;

namespace ChildView.Education.FreeSchoolMeals;

public static class FreeSchoolMealsApi
{
    public static IEndpointRouteBuilder MapFreeSchoolMealsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(PupilRecordApi.For<FreeSchoolMealsEligibility, FreeSchoolMealsResponse>(
                "/free-school-meals", "free-school-meals", "Free school meals", FreeSchoolMealsResponse.From, FreeSchoolMealsEvents.Recorded, FreeSchoolMealsEvents.Changed))
            .Create<FreeSchoolMealsRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var eligibility = new FreeSchoolMealsEligibility
                {
                    Id = Guid.CreateVersion7(write.Now), PupilId = request.PupilId!.Value, Child = PupilRecordApi.CopiedFromPupil(), CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                eligibility.SetPeriod(request.StartDate!.Value, request.EndDate);
                return eligibility;
            })
            .Update<FreeSchoolMealsRequest>((request, today) => request.Validate(today), (request, eligibility, _) =>
                PupilRecordApi.SamePupil(request.PupilId, eligibility, () => eligibility.SetPeriod(request.StartDate!.Value, request.EndDate)))
            .Close<CloseRecordRequest>((request, eligibility, write) =>
                Refusal.Of(request.Validate(write.Today, eligibility.StartDate), () => eligibility.SetPeriod(eligibility.StartDate, request.EndDate)))
            .Delete()
            .List<PupilRecordListQuery>((eligibilities, query) => eligibilities.OfPupil(query));
        return app;
    }
}
