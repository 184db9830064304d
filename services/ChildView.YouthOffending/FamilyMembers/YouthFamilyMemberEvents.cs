using ChildView.Contracts.IntegrationEvents;

namespace ChildView.YouthOffending.FamilyMembers;

public static class YouthFamilyMemberEvents
{
    public static YouthFamilyMemberRecorded Recorded(YouthFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, m.Version, now, m.Child.ToIdentity(SourceSystems.YouthOffending),
        m.Id, m.GivenName, m.FamilyName, m.Relationship, m.DateOfBirth, m.HasParentalResponsibility, m.LivesWithChild, m.Telephone);

    public static YouthFamilyMemberChanged Changed(YouthFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.YouthOffending, m.Version, now, m.Child.ToIdentity(SourceSystems.YouthOffending),
        m.Id, m.State, m.GivenName, m.FamilyName, m.Relationship, m.DateOfBirth, m.HasParentalResponsibility, m.LivesWithChild, m.Telephone);
}
