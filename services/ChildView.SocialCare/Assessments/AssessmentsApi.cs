using ChildView.Contracts.Security;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Referrals;

namespace ChildView.SocialCare.Assessments;

public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<Assessment, AssessmentResponse>(
                ApiResources.SocialCare, "/assessments", "assessment", "Assessments", AssessmentResponse.From, AssessmentEvents.Recorded, AssessmentEvents.Changed))
            .Create<RecordAssessmentRequest>((request, today) => request.Validate(today), (request, write, cancellationToken) => ReferralLinks.MakeAsync(
                write, request.ReferralId!.Value, request.ValidateAgainstReferral,
                referral => new Assessment
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = referral.Child.Copy(),
                    ReferralId = referral.Id,
                    StartDate = request.StartDate!.Value,
                    Factors = [.. request.Factors ?? []],
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                },
                cancellationToken))
            .Update<UpdateAssessmentRequest>((request, today) => request.Validate(today), (request, assessment, _) =>
                Refusal.Of(request.ValidateAgainst(assessment), () => request.ApplyTo(assessment)))
            .Close<AuthoriseAssessmentRequest>((request, assessment, write) => Refusal.Of(request.Validate(write.Today, assessment), () =>
            {
                assessment.AuthorisationDate = request.AuthorisationDate;
                if (request.Factors is { } factors)
                {
                    assessment.Factors = [.. factors];
                }
            }))
            .Delete()
            .List<AssessmentListQuery>((assessments, query) =>
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
            });
        return app;
    }
}
