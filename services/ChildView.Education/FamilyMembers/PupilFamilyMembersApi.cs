using ChildView.Education.Common;
using ChildView.ServiceKit.Records;

namespace ChildView.Education.FamilyMembers;

/// <summary>A pupil's family members; no close action, because a family relationship has no end date to record.</summary>
public static class PupilFamilyMembersApi
{
    public static IEndpointRouteBuilder MapPupilFamilyMembersApi(this IEndpointRouteBuilder app)
    {
        app.MapRecords(PupilRecordApi.For<PupilFamilyMember, PupilFamilyMemberResponse>(
                "/family-members", "pupil-family-member", "Family members", PupilFamilyMemberResponse.From, PupilFamilyMemberEvents.Recorded, PupilFamilyMemberEvents.Changed))
            .Create<PupilFamilyMemberRequest>((request, today) => request.Validate(today), (request, write) =>
            {
                var member = new PupilFamilyMember
                {
                    Id = Guid.CreateVersion7(write.Now),
                    PupilId = request.PupilId!.Value,
                    Child = PupilRecordApi.CopiedFromPupil(),
                    Relationship = "",
                    GivenName = "",
                    FamilyName = "",
                    CreatedAt = write.Now,
                    UpdatedAt = write.Now,
                };
                request.ApplyTo(member);
                return member;
            })
            .Update<PupilFamilyMemberRequest>((request, today) => request.Validate(today), (request, member, _) =>
                PupilRecordApi.SamePupil(request.PupilId, member, () => request.ApplyTo(member)))
            .Delete()
            .List<PupilFamilyMemberListQuery>((members, query) =>
            {
                members = members.OfPupil(query);

                if (!string.IsNullOrWhiteSpace(query.Relationship))
                {
                    var relationship = query.Relationship.Trim();
                    members = members.Where(m => m.Relationship == relationship);
                }

                return members;
            });
        return app;
    }
}
