using ChildView.Contracts.Security;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Referrals;

namespace ChildView.SocialCare.ChildInNeedPlans;

public static class ChildInNeedPlansApi
{
    public static IEndpointRouteBuilder MapChildInNeedPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<ChildInNeedPlan, ChildInNeedPlanResponse>(
                ApiResources.SocialCare, "/child-in-need-plans", "child-in-need-plan", "Child in need plans", ChildInNeedPlanResponse.From, ChildInNeedPlanEvents.Recorded, ChildInNeedPlanEvents.Changed))
            .Create<RecordChildInNeedPlanRequest>((request, today) => request.Validate(today), (request, write, cancellationToken) => ReferralLinks.MakeAsync(
                write, request.ReferralId!.Value, request.ValidateAgainstReferral,
                referral => new ChildInNeedPlan
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = referral.Child.Copy(),
                    ReferralId = referral.Id,
                    StartDate = request.StartDate!.Value,
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                },
                cancellationToken))
            .Update<UpdateChildInNeedPlanRequest>((request, today) => request.Validate(today), (request, plan, _) =>
                Refusal.Of(request.ValidateAgainst(plan), () => request.ApplyTo(plan)))
            .Close<CloseChildInNeedPlanRequest>((request, plan, write) =>
                Refusal.Of(request.Validate(write.Today, plan.StartDate), () => plan.EndDate = request.EndDate))
            .Delete()
            .List<ChildInNeedPlanListQuery>((plans, query) => query.ReferralId is { } referralId ? plans.Where(p => p.ReferralId == referralId) : plans);
        return app;
    }
}
