using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.YouthOffending.Data;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.YouthOffending.Assessments;

/// <summary>AssetPlus assessment summaries. An assessment has no end (a new one supersedes it), so there is no close.</summary>
public static class AssetPlusAssessmentsApi
{
    private const string Collection = "/assetplus-assessments";

    public static IEndpointRouteBuilder MapAssetPlusAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var assessments = app.MapRecordGroup<AssetPlusAssessment>(Collection, "assetplus-assessment", "AssetPlus assessments");
        assessments.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        assessments.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        assessments.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        assessments.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        assessments.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/assetplus-assessments", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<AssetPlusAssessmentResponse>, ValidationProblem>> Record(
        RecordAssetPlusAssessmentRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var assessment = new AssetPlusAssessment
        {
            Id = Guid.CreateVersion7(now),
            Child = request.Child!.ToDetails(),
            RiskOfSeriousHarm = "",
            SafetyAndWellbeing = "",
            LikelihoodOfReoffending = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(assessment);
        return await RecordEndpoints.CreateAsync(db, assessment, AssetPlusAssessmentEvents.Recorded(assessment, now), Collection, AssetPlusAssessmentResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<AssetPlusAssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordAssetPlusAssessmentRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<AssetPlusAssessment, AssetPlusAssessmentResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            assessment =>
            {
                assessment.ReplaceChild(request.Child!);
                request.ApplyTo(assessment);
                assessment.Touch(now);
            },
            assessment => AssetPlusAssessmentEvents.Changed(assessment, now),
            AssetPlusAssessmentResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<AssetPlusAssessmentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<AssetPlusAssessment, AssetPlusAssessmentResponse>(
            db, id, request, http, now, assessment => AssetPlusAssessmentEvents.Changed(assessment, now), AssetPlusAssessmentResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<AssetPlusAssessmentResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<AssetPlusAssessment, AssetPlusAssessmentResponse>(db, id, AssetPlusAssessmentResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<AssetPlusAssessmentResponse>>, ValidationProblem>> List(
        [AsParameters] AssetPlusAssessmentListQuery query, YouthOffendingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("riskOfSeriousHarm", query.RiskOfSeriousHarm, AssetPlusRatings.FourLevel, required: false)
            .When(query.AssessedTo < query.AssessedFrom, "assessedTo", "Must not be before assessedFrom.");
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var assessments = db.AssetPlusAssessments.AsNoTracking().WhereChild(query);
        if (query.RiskOfSeriousHarm is { } risk)
        {
            assessments = assessments.Where(a => a.RiskOfSeriousHarm == risk);
        }

        if (query.AssessedFrom is { } from)
        {
            assessments = assessments.Where(a => a.AssessmentDate >= from);
        }

        if (query.AssessedTo is { } to)
        {
            assessments = assessments.Where(a => a.AssessmentDate <= to);
        }

        return TypedResults.Ok(await assessments.OrderBy(a => a.Id).ToPagedAsync(query.Page, query.PageSize, AssetPlusAssessmentResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(YouthOffendingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<AssetPlusAssessment>(db, AssetPlusAssessmentEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("assetplus-assessment", count));
    }
}
