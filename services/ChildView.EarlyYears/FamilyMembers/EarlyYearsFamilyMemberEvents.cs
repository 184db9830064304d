using ChildView.Contracts.IntegrationEvents;

namespace ChildView.EarlyYears.FamilyMembers;

public static class EarlyYearsFamilyMemberEvents
{
    public static EarlyYearsFamilyMemberRecorded Recorded(EarlyYearsFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, m.Version, now, m.Child.ToIdentity(SourceSystems.EarlyYears),
        m.Id, m.GivenName, m.FamilyName, m.Relationship, m.DateOfBirth, m.HasParentalResponsibility, m.LivesWithChild, m.Telephone);

    public static EarlyYearsFamilyMemberChanged Changed(EarlyYearsFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.EarlyYears, m.Version, now, m.Child.ToIdentity(SourceSystems.EarlyYears),
        m.Id, m.State, m.GivenName, m.FamilyName, m.Relationship, m.DateOfBirth, m.HasParentalResponsibility, m.LivesWithChild, m.Telephone);
}
