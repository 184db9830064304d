using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using ChildView.SocialCare.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.ChildInNeedPlans;

public static class ChildInNeedPlansApi
{
    private static readonly RecordEndpoints<ChildInNeedPlan, ChildInNeedPlanResponse> Records =
        new("/child-in-need-plans", "child-in-need-plan", ChildInNeedPlanResponse.From, ChildInNeedPlanEvents.Recorded, ChildInNeedPlanEvents.Changed);

    public static IEndpointRouteBuilder MapChildInNeedPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = Records.Map(app, "Child in need plans");
        plans.MapPost("/", Record).RequireAuthorization(RecordEndpoints<ChildInNeedPlan, ChildInNeedPlanResponse>.WriteScope);
        plans.MapGet("/", List).RequireAuthorization(RecordEndpoints<ChildInNeedPlan, ChildInNeedPlanResponse>.ReadScope);
        plans.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<ChildInNeedPlan, ChildInNeedPlanResponse>.WriteScope);
        plans.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<ChildInNeedPlan, ChildInNeedPlanResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<ChildInNeedPlanResponse>, ValidationProblem>> Record(
        RecordChildInNeedPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var referral = await ReferralLinks.FindAsync(db, request.ReferralId!.Value, errors, cancellationToken);
        if (referral is null || !request.ValidateAgainstReferral(errors, referral.ReferralDate).IsValid)
        {
            return errors.ToProblem();
        }

        var plan = new ChildInNeedPlan
        {
            Id = Guid.CreateVersion7(now),
            Child = referral.Child.Copy(),
            ReferralId = referral.Id,
            StartDate = request.StartDate!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return await Records.CreateAsync(db, plan, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<ChildInNeedPlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateChildInNeedPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, request.ApplyTo, cancellationToken);
    }

    private static Task<Results<Ok<ChildInNeedPlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseChildInNeedPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            plan => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), plan.StartDate),
            plan => plan.EndDate = request.EndDate,
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<ChildInNeedPlanResponse>>, ValidationProblem>> List(
        [AsParameters] ChildInNeedPlanListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            plans => query.ReferralId is { } referralId ? plans.Where(p => p.ReferralId == referralId) : plans,
            cancellationToken);
}
