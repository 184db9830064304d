using ChildView.Contracts.IntegrationEvents;
using ChildView.Education.Common;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.Education.FreeSchoolMeals;

public sealed record FreeSchoolMealsRequest(Guid? PupilId, DateOnly? StartDate, DateOnly? EndDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .RequiredId("pupilId", PupilId)
        .ValidatePeriod("startDate", StartDate, "endDate", EndDate, today);
}

public sealed record FreeSchoolMealsResponse(
    Guid Id, long Version, RecordState State, Guid PupilId, ChildDetails Child, DateOnly StartDate, DateOnly? EndDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static FreeSchoolMealsResponse From(FreeSchoolMealsEligibility f) =>
        new(f.Id, f.Version, f.State, f.PupilId, f.Child, f.StartDate, f.EndDate, f.CreatedAt, f.UpdatedAt);
}
