using ChildView.Contracts.Security;
using ChildView.EarlyYears.Data;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Republishing;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChildView.EarlyYears.FamilyMembers;

/// <summary>The people around the child. A relationship has no recorded end here (correct or delete it), so there is no close.</summary>
public static class EarlyYearsFamilyMembersApi
{
    private const string Collection = "/family-members";

    public static IEndpointRouteBuilder MapEarlyYearsFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapRecordGroup<EarlyYearsFamilyMember>(Collection, "early-years-family-member", "Family members");
        members.MapPost("/", Record).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        members.MapPut("/{id:guid}", Update).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        members.MapDelete("/{id:guid}", Delete).RequireAuthorization(ApiResources.EarlyYears.WriteScope!);
        members.MapGet("/{id:guid}", Get).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        members.MapGet("/", List).RequireAuthorization(ApiResources.EarlyYears.ReadScope);
        app.MapPost("/admin/republish/family-members", Republish).WithTags("Administration").RequireAuthorization(ApiResources.EarlyYears.AdminScope!);
        return app;
    }

    private static async Task<Results<Created<EarlyYearsFamilyMemberResponse>, ValidationProblem>> Record(
        RecordFamilyMemberRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var member = new EarlyYearsFamilyMember
        {
            Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), GivenName = "", FamilyName = "", Relationship = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(member);
        return await RecordEndpoints.CreateAsync(db, member, EarlyYearsFamilyMemberEvents.Recorded(member, now), Collection, EarlyYearsFamilyMemberResponse.From, response, cancellationToken);
    }

    private static async Task<Results<Ok<EarlyYearsFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordFamilyMemberRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return await RecordEndpoints.ChangeAsync<EarlyYearsFamilyMember, EarlyYearsFamilyMemberResponse>(
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
            member => EarlyYearsFamilyMemberEvents.Changed(member, now),
            EarlyYearsFamilyMemberResponse.From,
            cancellationToken);
    }

    private static async Task<Results<Ok<EarlyYearsFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, [FromBody] DeleteRecordRequest request, EarlyYearsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await RecordEndpoints.DeleteAsync<EarlyYearsFamilyMember, EarlyYearsFamilyMemberResponse>(
            db, id, request, http, now, member => EarlyYearsFamilyMemberEvents.Changed(member, now), EarlyYearsFamilyMemberResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<EarlyYearsFamilyMemberResponse>, NotFound>> Get(Guid id, EarlyYearsDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        RecordEndpoints.GetAsync<EarlyYearsFamilyMember, EarlyYearsFamilyMemberResponse>(db, id, EarlyYearsFamilyMemberResponse.From, response, cancellationToken);

    private static async Task<Results<Ok<Paged<EarlyYearsFamilyMemberResponse>>, ValidationProblem>> List(
        [AsParameters] EarlyYearsFamilyMemberListQuery query, EarlyYearsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .ValidatePaging(query.Page, query.PageSize)
            .OneOf("relationship", query.Relationship, Relationships.All, required: false);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var members = db.EarlyYearsFamilyMembers.AsNoTracking().WhereChild(query);
        if (query.Relationship is { } relationship)
        {
            members = members.Where(m => m.Relationship == relationship);
        }

        return TypedResults.Ok(await members.OrderBy(m => m.Id).ToPagedAsync(query.Page, query.PageSize, EarlyYearsFamilyMemberResponse.From, cancellationToken));
    }

    private static async Task<Accepted<RepublishResponse>> Republish(EarlyYearsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var count = await Republisher.RepublishAsync<EarlyYearsFamilyMember>(db, EarlyYearsFamilyMemberEvents.Changed, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishResponse("family-member", count));
    }
}
