using ChildView.Contracts.IntegrationEvents;

namespace ChildView.SocialCare.Assessments;

public static class AssessmentEvents
{
    public static AssessmentRecorded Recorded(Assessment a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, a.Version, now, a.Child.ToIdentity(SourceSystems.SocialCare),
        a.Id, a.ReferralId, a.StartDate, [.. a.Factors]);

    public static AssessmentChanged Changed(Assessment a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), SourceSystems.SocialCare, a.Version, now, a.Child.ToIdentity(SourceSystems.SocialCare),
        a.Id, a.ReferralId, a.StartDate, a.AuthorisationDate, [.. a.Factors], a.State);
}
