using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.YouthOffending.FamilyMembers;

/// <summary>A family relationship has no end date to record, so no close.</summary>
public static class YouthFamilyMembersApi
{
    public static IEndpointRouteBuilder MapYouthFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<YouthFamilyMember, YouthFamilyMemberResponse>(
                ApiResources.YouthOffending, "/family-members", "youth-family-member", "Family members", YouthFamilyMemberResponse.From,
                YouthFamilyMemberEvents.Recorded, YouthFamilyMemberEvents.Changed))
            .Create<RecordFamilyMemberRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var member = new YouthFamilyMember
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
            .List<YouthFamilyMemberListQuery>((members, query) =>
                query.Relationship is { } relationship ? members.Where(m => m.Relationship == relationship) : members);
        return app;
    }
}
