using ChildView.Contracts.Security;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Referrals;

namespace ChildView.SocialCare.Section47Enquiries;

public static class Section47EnquiriesApi
{
    public static IEndpointRouteBuilder MapSection47EnquiriesApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<Section47Enquiry, Section47Response>(
                ApiResources.SocialCare, "/section47-enquiries", "section47-enquiry", "Section 47 enquiries", Section47Response.From, Section47Events.Recorded, Section47Events.Changed))
            .Create<RecordSection47Request>((request, today) => request.Validate(today), (request, write, cancellationToken) => ReferralLinks.MakeAsync(
                write, request.ReferralId!.Value, request.ValidateAgainstReferral,
                referral => new Section47Enquiry
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = referral.Child.Copy(),
                    ReferralId = referral.Id,
                    StartDate = request.StartDate!.Value,
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                },
                cancellationToken))
            .Update<UpdateSection47Request>((request, today) => request.Validate(today), (request, enquiry, _) =>
                Refusal.Of(request.ValidateAgainst(enquiry), () => request.ApplyTo(enquiry)))
            .Close<CloseSection47Request>((request, enquiry, write) => Refusal.Of(request.Validate(write.Today, enquiry.StartDate), () =>
            {
                enquiry.Outcome = request.Outcome;
                enquiry.InitialCpcDate = request.InitialCpcDate;
            }))
            .Delete()
            .List<Section47ListQuery>((enquiries, query) =>
            {
                if (query.ReferralId is { } referralId)
                {
                    enquiries = enquiries.Where(e => e.ReferralId == referralId);
                }

                if (!string.IsNullOrWhiteSpace(query.Outcome))
                {
                    var outcome = query.Outcome.Trim();
                    enquiries = enquiries.Where(e => e.Outcome == outcome);
                }

                return enquiries;
            });
        return app;
    }
}
