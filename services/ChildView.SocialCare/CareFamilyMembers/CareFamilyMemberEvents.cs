using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.CareFamilyMembers;

public static class CareFamilyMemberEvents
{
    public static CareFamilyMemberRecorded Recorded(CareFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, m.Version, now, m.Child.ToIdentity(SourceSystems.SocialCare),
        m.Id, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.ParentalResponsibility, Address(m));

    public static CareFamilyMemberChanged Changed(CareFamilyMember m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, m.Version, now, m.Child.ToIdentity(SourceSystems.SocialCare),
        m.Id, m.Relationship, m.GivenName, m.FamilyName, m.DateOfBirth, m.ParentalResponsibility, Address(m), m.State);

    private static PostalAddress Address(CareFamilyMember m) => new(m.AddressLine1, m.AddressLine2, m.Town, m.Postcode);
}
