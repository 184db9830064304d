using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using ChildView.SocialCare.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.ChildProtectionPlans;

public static class ChildProtectionPlansApi
{
    private static readonly RecordEndpoints<ChildProtectionPlan, ChildProtectionPlanResponse> Records =
        new("/child-protection-plans", "child-protection-plan", ChildProtectionPlanResponse.From, ChildProtectionPlanEvents.Recorded, ChildProtectionPlanEvents.Changed);

    public static IEndpointRouteBuilder MapChildProtectionPlansApi(this IEndpointRouteBuilder app)
    {
        var plans = Records.Map(app, "Child protection plans");
        plans.MapPost("/", Record).RequireAuthorization(RecordEndpoints<ChildProtectionPlan, ChildProtectionPlanResponse>.WriteScope);
        plans.MapGet("/", List).RequireAuthorization(RecordEndpoints<ChildProtectionPlan, ChildProtectionPlanResponse>.ReadScope);
        plans.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<ChildProtectionPlan, ChildProtectionPlanResponse>.WriteScope);
        plans.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<ChildProtectionPlan, ChildProtectionPlanResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<ChildProtectionPlanResponse>, ValidationProblem>> Record(
        RecordChildProtectionPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var plan = new ChildProtectionPlan
        {
            Id = Guid.CreateVersion7(now),
            Child = referral.Child.Copy(),
            ReferralId = referral.Id,
            StartDate = request.StartDate!.Value,
            InitialCategoryOfAbuse = request.InitialCategoryOfAbuse!,
            LatestCategoryOfAbuse = request.LatestCategoryOfAbuse ?? request.InitialCategoryOfAbuse!,
            NumberOfPreviousPlans = request.NumberOfPreviousPlans!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return await Records.CreateAsync(db, plan, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<ChildProtectionPlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateChildProtectionPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, request.ApplyTo, cancellationToken);
    }

    private static Task<Results<Ok<ChildProtectionPlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseChildProtectionPlanRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            plan => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), plan.StartDate),
            plan => plan.EndDate = request.EndDate,
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<ChildProtectionPlanResponse>>, ValidationProblem>> List(
        [AsParameters] ChildProtectionPlanListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            plans =>
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
            },
            cancellationToken);
}
