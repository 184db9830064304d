using ChildView.Contracts.Security;
using ChildView.Education.Common;
using ChildView.Education.Data;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.Education.FamilyMembers;

/// <summary>A pupil's family members; no close action, because a family relationship has no end date to record.</summary>
public static class PupilFamilyMembersApi
{
    private const string Route = "/family-members";

    public static IEndpointRouteBuilder MapPupilFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapRecordGroup<PupilFamilyMember>(Route, "pupil-family-member", "Family members");
        members.MapPost("/", Create).RequireAuthorization(ApiResources.Education.WriteScope!);
        members.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.Education.WriteScope!);
        members.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.Education.WriteScope!);
        members.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.Education.ReadScope);
        members.MapGet("/", List).RequireAuthorization(ApiResources.Education.ReadScope);
        app.MapPost("/admin/republish/family-members", Republish).WithTags("Administration").RequireAuthorization(ApiResources.Education.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<PupilFamilyMemberResponse>, ValidationProblem>> Create(
        PupilFamilyMemberRequest request, EducationDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        if (await RecordEndpoints.PupilChildAsync(db, request.PupilId!.Value, cancellationToken) is not { } child)
        {
            return RecordEndpoints.NoSuchPupil();
        }

        var member = new PupilFamilyMember
        {
            Id = Guid.CreateVersion7(now), PupilId = request.PupilId.Value, Child = child, Relationship = "", GivenName = "", FamilyName = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(member);
        return await RecordEndpoints.CreateAsync(db, member, PupilFamilyMemberEvents.Recorded(member, now), Route, PupilFamilyMemberResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<PupilFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, PupilFamilyMemberRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await RecordEndpoints.ChangeAsync(id, db, http, now, (PupilFamilyMember member) =>
        {
            if (request.PupilId != member.PupilId)
            {
                return new ValidationErrors().Add("pupilId", "A record cannot move to another pupil; delete it and record a new one.");
            }

            request.ApplyTo(member);
            member.Touch(now);
            return new ValidationErrors();
        }, PupilFamilyMemberEvents.Changed, PupilFamilyMemberResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<PupilFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EducationDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        RecordEndpoints.DeleteAsync<PupilFamilyMember, PupilFamilyMemberResponse>(id, request, db, clock, http, PupilFamilyMemberEvents.Changed, PupilFamilyMemberResponse.From, cancellationToken);

    private static Task<Results<Ok<PupilFamilyMemberResponse>, NotFound>> Get(Guid id, EducationDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<PupilFamilyMember, PupilFamilyMemberResponse>(id, db, response, PupilFamilyMemberResponse.From, cancellationToken);

    private static async Task<Results<Ok<Paged<PupilFamilyMemberResponse>>, ValidationProblem>> List(
        [AsParameters] PupilFamilyMemberListQuery query, EducationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().ValidatePaging(query.Page, query.PageSize);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var members = db.PupilFamilyMembers.AsNoTracking();
        if (query.PupilId is { } pupilId)
        {
            members = members.Where(m => m.PupilId == pupilId);
        }

        if (!string.IsNullOrWhiteSpace(query.Relationship))
        {
            members = members.Where(m => m.Relationship == query.Relationship.Trim());
        }

        return TypedResults.Ok(await members.OrderBy(m => m.Id).ToPagedAsync(query.Page, query.PageSize, PupilFamilyMemberResponse.From, cancellationToken));
    }

    private static Task<Accepted<RepublishResponse>> Republish(EducationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        RecordEndpoints.RepublishAsync<PupilFamilyMember>(db, "pupil-family-member", PupilFamilyMemberEvents.Changed, clock, cancellationToken);
}
