using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.EarlyYears.FamilyMembers;

/// <summary>The people around the child. A relationship has no recorded end here (correct or delete it), so there is no close.</summary>
public static class EarlyYearsFamilyMembersApi
{
    public static IEndpointRouteBuilder MapEarlyYearsFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<EarlyYearsFamilyMember, EarlyYearsFamilyMemberResponse>(
                ApiResources.EarlyYears, "/family-members", "early-years-family-member", "Family members", EarlyYearsFamilyMemberResponse.From,
                EarlyYearsFamilyMemberEvents.Recorded, EarlyYearsFamilyMemberEvents.Changed))
            .Create<RecordFamilyMemberRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var member = new EarlyYearsFamilyMember
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), GivenName = "", FamilyName = "", Relationship = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(member);
                return member;
            })
            .Update<RecordFamilyMemberRequest>((request, today) => request.Validate(today), (request, member, _) =>
            {
                member.Child = request.Child!.Replacing(member.Child);
                request.ApplyTo(member);
                return null;
            })
            .Delete()
            .List<EarlyYearsFamilyMemberListQuery>((members, query) =>
                query.Relationship is { } relationship ? members.Where(m => m.Relationship == relationship) : members);
        return app;
    }
}
