using ChildView.Contracts.Security;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Records;

namespace ChildView.SocialCare.CareFamilyMembers;

/// <summary>The people around the child have no end date, so no close; a person recorded in error is deleted with a reason.</summary>
public static class CareFamilyMembersApi
{
    public static IEndpointRouteBuilder MapCareFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(new RecordApi<CareFamilyMember, CareFamilyMemberResponse>(
                ApiResources.SocialCare, "/family-members", "care-family-member", "Family members", CareFamilyMemberResponse.From,
                CareFamilyMemberEvents.Recorded, CareFamilyMemberEvents.Changed))
            .Create<RecordCareFamilyMemberRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var member = new CareFamilyMember
                {
                    Id = Guid.CreateVersion7(write.Now), Child = request.Child!.ToDetails(), Relationship = "", GivenName = "", FamilyName = "", CreatedAt = write.Now, UpdatedAt = write.Now,
                };
                request.ApplyTo(member);
                return member;
            })
            .Update<RecordCareFamilyMemberRequest>((request, today) => request.Validate(today), (request, member, _) =>
            {
                member.Child = request.Child!.Replacing(member.Child);
                request.ApplyTo(member);
                return null;
            })
            .Delete()
            .List<CareFamilyMemberListQuery>((members, query) =>
            {
                if (!string.IsNullOrWhiteSpace(query.Relationship))
                {
                    var relationship = query.Relationship.Trim();
                    members = members.Where(m => m.Relationship == relationship);
                }

                if (!string.IsNullOrWhiteSpace(query.MemberFamilyName))
                {
                    var familyName = query.MemberFamilyName.Trim();
                    members = members.Where(m => m.FamilyName == familyName);
                }

                return members;
            });
        return app;
    }
}
