using ChildView.ServiceKit.Paging;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using ChildView.SocialCare.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.Assessments;

public static class AssessmentsApi
{
    private static readonly RecordEndpoints<Assessment, AssessmentResponse> Records =
        new("/assessments", "assessment", AssessmentResponse.From, AssessmentEvents.Recorded, AssessmentEvents.Changed);

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var assessments = Records.Map(app, "Assessments");
        assessments.MapPost("/", Record).RequireAuthorization(RecordEndpoints<Assessment, AssessmentResponse>.WriteScope);
        assessments.MapGet("/", List).RequireAuthorization(RecordEndpoints<Assessment, AssessmentResponse>.ReadScope);
        assessments.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<Assessment, AssessmentResponse>.WriteScope);
        assessments.MapPost("/{id:guid}/close", Authorise).RequireAuthorization(RecordEndpoints<Assessment, AssessmentResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<AssessmentResponse>, ValidationProblem>> Record(
        RecordAssessmentRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
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

        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(now),
            Child = referral.Child.Copy(),
            ReferralId = referral.Id,
            StartDate = request.StartDate!.Value,
            Factors = [.. request.Factors ?? []],
            CreatedAt = now,
            UpdatedAt = now,
        };
        return await Records.CreateAsync(db, assessment, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateAssessmentRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, request.ValidateAgainst, request.ApplyTo, cancellationToken);
    }

    private static Task<Results<Ok<AssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Authorise(
        Guid id, AuthoriseAssessmentRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return Records.CloseAsync(
            db, id, http, now,
            assessment => request.Validate(DateOnly.FromDateTime(now.UtcDateTime), assessment),
            assessment =>
            {
                assessment.AuthorisationDate = request.AuthorisationDate;
                if (request.Factors is { } factors)
                {
                    assessment.Factors = [.. factors];
                }
            },
            cancellationToken);
    }

    private static Task<Results<Ok<Paged<AssessmentResponse>>, ValidationProblem>> List(
        [AsParameters] AssessmentListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            assessments =>
            {
                if (query.ReferralId is { } referralId)
                {
                    assessments = assessments.Where(a => a.ReferralId == referralId);
                }

                if (!string.IsNullOrWhiteSpace(query.Factor))
                {
                    var factor = query.Factor.Trim();
                    assessments = assessments.Where(a => a.Factors.Contains(factor));
                }

                return assessments;
            },
            cancellationToken);
}
