using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using ChildView.SocialCare.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.SocialCare.CareFamilyMembers;

/// <summary>The people around the child have no end date, so no close; a person recorded in error is deleted with a reason.</summary>
public static class CareFamilyMembersApi
{
    private static readonly RecordEndpoints<CareFamilyMember, CareFamilyMemberResponse> Records =
        new("/family-members", "care-family-member", CareFamilyMemberResponse.From, CareFamilyMemberEvents.Recorded, CareFamilyMemberEvents.Changed);

    public static IEndpointRouteBuilder MapCareFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        var members = Records.Map(app, "Family members");
        members.MapPost("/", Record).RequireAuthorization(RecordEndpoints<CareFamilyMember, CareFamilyMemberResponse>.WriteScope);
        members.MapGet("/", List).RequireAuthorization(RecordEndpoints<CareFamilyMember, CareFamilyMemberResponse>.ReadScope);
        members.MapPut("/{id:guid}", Update).RequireAuthorization(RecordEndpoints<CareFamilyMember, CareFamilyMemberResponse>.WriteScope);
        return app;
    }

    private static async Task<Results<Created<CareFamilyMemberResponse>, ValidationProblem>> Record(
        RecordCareFamilyMemberRequest request, SocialCareDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var member = new CareFamilyMember
        {
            Id = Guid.CreateVersion7(now), Child = request.Child!.ToDetails(), Relationship = "", GivenName = "", FamilyName = "", CreatedAt = now, UpdatedAt = now,
        };
        request.ApplyTo(member);
        return await Records.CreateAsync(db, member, now, response, cancellationToken);
    }

    private static async Task<Results<Ok<CareFamilyMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, RecordCareFamilyMemberRequest request, SocialCareDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = request.Validate(DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        return await Records.UpdateAsync(db, id, http, now, _ => new ValidationErrors(), member =>
        {
            member.Child = request.Child!.Replacing(member.Child);
            request.ApplyTo(member);
        }, cancellationToken);
    }

    private static Task<Results<Ok<Paged<CareFamilyMemberResponse>>, ValidationProblem>> List(
        [AsParameters] CareFamilyMemberListQuery query, SocialCareDbContext db, CancellationToken cancellationToken) =>
        Records.ListAsync(
            db, query,
            members =>
            {
                if (!string.IsNullOrWhiteSpace(query.Relationship))
                {
                    members = members.Where(m => m.Relationship == query.Relationship.Trim());
                }

                if (!string.IsNullOrWhiteSpace(query.FamilyName))
                {
                    members = members.Where(m => m.FamilyName == query.FamilyName.Trim());
                }

                return members;
            },
            cancellationToken);
}
