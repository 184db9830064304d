using ChildView.Contracts.IntegrationEvents;

namespace ChildView.Education.FamilyMembers;

public static class PupilFamilyMemberEvents
{
    public static PupilFamilyMemberRecorded Recorded(PupilFamilyMember m, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, m.Version, now, m.Child.ToIdentity(SourceSystems.Education), m.Id, m.PupilId, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.Address(), m.ParentalResponsibility, m.State);

    public static PupilFamilyMemberChanged Changed(PupilFamilyMember m, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), SourceSystems.Education, m.Version, now, m.Child.ToIdentity(SourceSystems.Education), m.Id, m.PupilId, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.Address(), m.ParentalResponsibility, m.State);
}
