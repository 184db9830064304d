using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.Assessments;

/// <summary>AssetPlus assessments: a point in time with no end, so no close.</summary>
public static class AssetPlusAssessmentsApi
{
    public static IEndpointRouteBuilder MapAssetPlusAssessmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<AssetPlusAssessment, AssetPlusAssessmentResponse>(
                ApiResources.YouthOffending, "/assetplus-assessments", "assetplus-assessment", "AssetPlus assessments", AssetPlusAssessmentResponse.From,
                AssetPlusAssessmentEvents.Recorded, AssetPlusAssessmentEvents.Changed))
            .Create<RecordAssetPlusAssessmentRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var assessment = new AssetPlusAssessment
                {
                    Id = Guid.CreateVersion7(write.Now),
                    Child = request.Child!.ToDetails(),
                    RiskOfSeriousHarm = "",
                    SafetyAndWellbeing = "",
                    LikelihoodOfReoffending = "",
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
                request.ApplyTo(assessment);
                return assessment;
            })
            .Update<RecordAssetPlusAssessmentRequest>((request, today) => request.Validate(today), (request, assessment, _) =>
            {
                assessment.Child = request.Child!.Replacing(assessment.Child);
                request.ApplyTo(assessment);
                return null;
            })
            .Delete()
            .List<AssetPlusAssessmentListQuery>((assessments, query) =>
            {
                if (query.RiskOfSeriousHarm is { } risk)
                {
                    assessments = assessments.Where(a => a.RiskOfSeriousHarm == risk);
                }

                if (query.AssessedFrom is { } from)
                {
                    assessments = assessments.Where(a => a.AssessmentDate >= from);
                }

                return query.AssessedTo is { } to ? assessments.Where(a => a.AssessmentDate <= to) : assessments;
            });
        return app;
    }
}
