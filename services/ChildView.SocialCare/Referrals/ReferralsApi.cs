using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.SocialCare.Referrals;

public static class ReferralsApi
{
    public static IEndpointRouteBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<Referral, ReferralResponse>(
                ApiResources.SocialCare, "/referrals", "referral", "Referrals", ReferralResponse.From, ReferralEvents.Recorded, ReferralEvents.Changed))
            .Create<RecordReferralRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var referral = new Referral
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), ReferralSource = request.ReferralSource!, CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(referral);
                return referral;
            })
            .Update<RecordReferralRequest>((request, today) => request.Validate(today), (request, referral, _) => Refusal.Of(request.ValidateAgainst(referral), () =>
            {
                referral.Child = request.Child!.Replacing(referral.Child);
                request.ApplyTo(referral);
            }))
            .Close<CloseReferralRequest>((request, referral, write) => Refusal.Of(request.Validate(write.Today, referral.ReferralDate), () =>
            {
                referral.ClosureDate = request.ClosureDate;
                referral.ReasonForClosure = request.ReasonForClosure;
            }))
            .Delete()
            .List<ReferralListQuery>((referrals, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.ReferralSource))
                {
                    var source = query.ReferralSource.Trim();
                    referrals = referrals.Where(r => r.ReferralSource == source);
                }

                if (query.From is { } from)
                {
                    referrals = referrals.Where(r => r.ReferralDate >= from);
                }

                return query.To is { } to ? referrals.Where(r => r.ReferralDate <= to) : referrals;
            });
        return app;
    }
}
