using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.Referrals;

public static class ReferralsApi
{
    private static readonly RecordEndpoints<Referral, ReferralResponse> Records =
        new("/referrals", "referral", ReferralResponse.From, ReferralEvents.Recorded, ReferralEvents.Changed);

    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = Records.Map(app, "Referrals");
        referrals.MapPost("/", Record).RequireAuthorization(RecordEndpoints<Referral, ReferralResponse>.WriteScope);
        referrals.MapGet("/", List).RequireAuthorization(RecordEndpoints<Referral, ReferralResponse>.ReadScope);
        referrals.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<Referral, ReferralResponse>.WriteScope);
        referrals.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<Referral, ReferralResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem>> Record(
        RecordReferralRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var referral = new Referral { Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), ReferralSource = request.ReferralSource!, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(referral);
        return await Records.CreateAsync(db, referral, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<ReferralResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordReferralRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, referral =>
        {
            referral.Child = request.Child!.Replacing(referral.Child);
            request.ApplyTo(referral);
        }, cancellationToken);
    }

    private static Task<Results<Ok<ReferralResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseReferralRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            referral => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), referral.ReferralDate),
            referral =>
            {
                referral.ClosureDate = request.ClosureDate;
                referral.ReasonForClosure = request.ReasonForClosure;
            },
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<ReferralResponse>>, ValidationProblem>> List(
        [AsParameters] ReferralListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            referrals =>
            {
                if (!string.IsNullOrWhiteSpace(query.ReferralSource))
                {
                    referrals = referrals.Where(r => r.ReferralSource == query.ReferralSource.Trim());
                }

                if (query.From is { } from)
                {
                    referrals = referrals.Where(r => r.ReferralDate >= from);
                }

                if (query.To is { } to)
                {
                    referrals = referrals.Where(r => r.ReferralDate <= to);
                }

                return referrals;
            },
            cancellationToken,
            new ValidationErrors().ValidateRange(query.From, query.To));
}
