using ChildView.Contracts.Security;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Referrals;

namespace ChildView.SocialCare.ChildProtectionPlans;

public static class ChildProtectionPlansApi
{
    public static IEndpointRouteBuilder MapChildProtectionPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<ChildProtectionPlan, ChildProtectionPlanResponse>(
                ApiResources.SocialCare, "/child-protection-plans", "child-protection-plan", "Child protection plans", ChildProtectionPlanResponse.From,
                ChildProtectionPlanEvents.Recorded, ChildProtectionPlanEvents.Changed))
            .Create<RecordChildProtectionPlanRequest>((request, today) => request.Validate(today), (request, write, cancellationToken) => ReferralLinks.MakeAsync(
                write, request.ReferralId!.Value, request.ValidateAgainstReferral,
                referral => new ChildProtectionPlan
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = referral.Child.Copy(),
                    ReferralId = referral.Id,
                    StartDate = request.StartDate!.Value,
                    InitialCategoryOfAbuse = request.InitialCategoryOfAbuse!,
                    LatestCategoryOfAbuse = request.LatestCategoryOfAbuse ?? request.InitialCategoryOfAbuse!,
                    NumberOfPreviousPlans = request.NumberOfPreviousPlans!.Value,
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                },
                cancellationToken))
            .Update<UpdateChildProtectionPlanRequest>((request, today) => request.Validate(today), (request, plan, _) =>
                Refusal.Of(request.ValidateAgainst(plan), () => request.ApplyTo(plan)))
            .Close<CloseChildProtectionPlanRequest>((request, plan, write) =>
                Refusal.Of(request.Validate(write.Today, plan.StartDate), () => plan.EndDate = request.EndDate))
            .Delete()
            .List<ChildProtectionPlanListQuery>((plans, query) =>
            {
                if (query.ReferralId is { } referralId)
                {
                    plans = plans.Where(p => p.ReferralId == referralId);
                }

                if (!string.IsNullOrWhiteSpace(query.CategoryOfAbuse))
                {
                    var category = query.CategoryOfAbuse.Trim();
                    plans = plans.Where(p => p.LatestCategoryOfAbuse == category || p.InitialCategoryOfAbuse == category);
                }

                return plans;
            });
        return app;
    }
}
