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

namespace ChildView.YouthOffending.FamilyMembers;

/// <summary>The people around the child. A relationship has no recorded end here (correct or delete it), so there is no close.</summary>
public static class YouthFamilyMembersApi
{
    private const string Collection = "/family-members";

    public static IEndpointRouteBuilder MapYouthFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapRecordGroup<YouthFamilyMember>(Collection, "youth-family-member", "Family members");
        members.MapPost("/", Record).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        members.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        members.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.YouthOffending.WriteScope!);
        members.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        members.MapGet("/", List).RequireAuthorization(ApiResources.YouthOffending.ReadScope);
        app.MapPost("/admin/republish/family-members", Republish).WithTags("Administration").RequireAuthorization(ApiResources.YouthOffending.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<YouthFamilyMemberResponse>, ValidationProblem>> Record(
        RecordFamilyMemberRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var member = new YouthFamilyMember
        {
            Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), GivenName = "", FamilyName = "", Relationship = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(member);
        return await RecordEndpoints.CreateAsync(db, member, YouthFamilyMemberEvents.Recorded(member, now), Collection, YouthFamilyMemberResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<YouthFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordFamilyMemberRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<YouthFamilyMember, YouthFamilyMemberResponse>(
            db,
            id,
            http,
            _ => request.Validate(today),
            member =>
            {
                member.ReplaceChild(request.Child!);
                request.ApplyTo(member);
                member.Touch(now);
            },
            member => YouthFamilyMemberEvents.Changed(member, now),
            YouthFamilyMemberResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<YouthFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, YouthOffendingDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<YouthFamilyMember, YouthFamilyMemberResponse>(
            db, id, request, http, now, member => YouthFamilyMemberEvents.Changed(member, now), YouthFamilyMemberResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<YouthFamilyMemberResponse>, NotFound>> Get(Guid id, YouthOffendingDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<YouthFamilyMember, YouthFamilyMemberResponse>(db, id, YouthFamilyMemberResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<YouthFamilyMemberResponse>>, ValidationProblem>> List(
        [AsParameters] YouthFamilyMemberListQuery query, YouthOffendingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("relationship", query.Relationship, Relationships.All, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var members = db.YouthFamilyMembers.AsNoTracking().WhereChild(query);
        if (query.Relationship is { } relationship)
        {
            members = members.Where(m => m.Relationship == relationship);
        }

        return TypedResults.Ok(await members.OrderBy(m => m.Id).ToPagedAsync(query.Page, query.PageSize, YouthFamilyMemberResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(YouthOffendingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<YouthFamilyMember>(db, YouthFamilyMemberEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("family-member", count));
    }
}
