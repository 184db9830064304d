using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.FreeSchoolMeals;

public static class FreeSchoolMealsEvents
{
    public static FreeSchoolMealsEligibilityRecorded Recorded(FreeSchoolMealsEligibility f, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, f.Version, now, f.Child.ToIdentity(SourceSystems.Education), f.Id, f.PupilId, f.StartDate, f.EndDate, f.State);

    public static FreeSchoolMealsEligibilityChanged Changed(FreeSchoolMealsEligibility f, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, f.Version, now, f.Child.ToIdentity(SourceSystems.Education), f.Id, f.PupilId, f.StartDate, f.EndDate, f.State);
}
