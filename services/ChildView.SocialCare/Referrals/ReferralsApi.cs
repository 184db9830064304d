using ChildView.Contracts.IntegrationEvents;
using ChildView.Contracts.Security;
using ChildView.Messaging.Outbox;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Http;
using ChildView.SocialCare.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.Referrals;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var referrals = app.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapPost("/", Record).RequireAuthorization(ApiResources.SocialCare.WriteScope!);
        referrals.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.SocialCare.ReadScope);
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

        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            ReferralDate = request.ReferralDate!.Value,
            ReferralSource = request.ReferralSource!,
            PrimaryNeed = request.PrimaryNeed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Referrals.Add(referral);
        db.AddIntegrationEvent(new ReferralRecorded(
            Guid.CreateVersion7(now), SourceSystems.SocialCare, referral.Version, now, referral.Child.ToIdentity(SourceSystems.SocialCare),
            referral.Id, referral.ReferralDate, referral.ReferralSource, referral.PrimaryNeed));
        await db.SaveChangesAsync(cancellationToken);

        ETags.Set(response, referral.Version);
        return TypedResults.Created($"/referrals/{referral.Id}", ReferralResponse.From(referral));
    }

    private static async Task<Results<Ok<ReferralResponse>, NotFound>> Get(Guid id, SocialCareDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        ETags.Set(response, referral.Version);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
