using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using ChildView.SocialCare.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.Section47Enquiries;

public static class Section47EnquiriesApi
{
    private static readonly RecordEndpoints<Section47Enquiry, Section47Response> Records =
        new("/section47-enquiries", "section47-enquiry", Section47Response.From, Section47Events.Recorded, Section47Events.Changed);

    public static IEndpointRouteBuilder MapSection47EnquiriesApi(this IEndpointRouteBuilder app)
    {
        var enquiries = Records.Map(app, "Section 47 enquiries");
        enquiries.MapPost("/", Record).RequireAuthorization(RecordEndpoints<Section47Enquiry, Section47Response>.WriteScope);
        enquiries.MapGet("/", List).RequireAuthorization(RecordEndpoints<Section47Enquiry, Section47Response>.ReadScope);
        enquiries.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<Section47Enquiry, Section47Response>.WriteScope);
        enquiries.MapPost("/{id:guid}/close", Close).RequireAuthorization(RecordEndpoints<Section47Enquiry, Section47Response>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<Section47Response>, ValidationProblem>> Record(
        RecordSection47Request request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var enquiry = new Section47Enquiry
        {
            Id = Guid.CreateVersion7(now),
            Child = referral.Child.Copy(),
            ReferralId = referral.Id,
            StartDate = request.StartDate!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return await Records.CreateAsync(db, enquiry, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<Section47Response>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateSection47Request request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, request.ApplyTo, cancellationToken);
    }

    private static Task<Results<Ok<Section47Response>, NotFound, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, CloseSection47Request request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            enquiry => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), enquiry.StartDate),
            enquiry =>
            {
                enquiry.Outcome = request.Outcome;
                enquiry.InitialCpcDate = request.InitialCpcDate;
            },
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<Section47Response>>, ValidationProblem>> List(
        [AsParameters] Section47ListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            enquiries =>
            {
                if (query.ReferralId is { } referralId)
                {
                    enquiries = enquiries.Where(e => e.ReferralId == referralId);
                }

                if (!string.IsNullOrWhiteSpace(query.Outcome))
                {
                    enquiries = enquiries.Where(e => e.Outcome == query.Outcome.Trim());
                }

                return enquiries;
            },
            cancellationToken);
}
