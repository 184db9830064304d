using ChildView.Contracts.IntegrationEvents;
using ChildView.SocialCare.Assessments;
using ChildView.SocialCare.CareFamilyMembers;
using ChildView.SocialCare.CaseAllocations;
using ChildView.SocialCare.CaseNotes;
using ChildView.SocialCare.ChildInNeedPlans;
using ChildView.SocialCare.ChildProtectionPlans;
using ChildView.SocialCare.LookedAfterEpisodes;
using ChildView.SocialCare.Referrals;
using ChildView.SocialCare.Section47Enquiries;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

/// <summary>Every event carries the record's current version, the full state and the child's identity as social care knows them.</summary>
public sealed class EventFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_change_event_carries_the_records_version_state_and_child_identity()
    {
        var referralId = Guid.NewGuid();
        var child = ChildDetails();
        IIntegrationEvent[] changed =
        [
            ReferralEvents.Changed(new Referral { Id = Guid.NewGuid(), Child = child, ReferralSource = "2A", Version = 4, State = RecordState.Closed }, Now),
            AssessmentEvents.Changed(new Assessment { Id = Guid.NewGuid(), Child = child, ReferralId = referralId, Version = 4, State = RecordState.Closed }, Now),
            Section47Events.Changed(new Section47Enquiry { Id = Guid.NewGuid(), Child = child, ReferralId = referralId, Version = 4, State = RecordState.Closed }, Now),
            ChildProtectionPlanEvents.Changed(new ChildProtectionPlan { Id = Guid.NewGuid(), Child = child, InitialCategoryOfAbuse = "NEG", LatestCategoryOfAbuse = "MUL", Version = 4, State = RecordState.Closed }, Now),
            ChildInNeedPlanEvents.Changed(new ChildInNeedPlan { Id = Guid.NewGuid(), Child = child, Version = 4, State = RecordState.Closed }, Now),
            LookedAfterEpisodeEvents.Changed(new LookedAfterEpisode { Id = Guid.NewGuid(), Child = child, ReasonForNewEpisode = "S", LegalStatus = "C2", PlacementType = "U1", PlacementProvider = "PR1", Version = 4, State = RecordState.Closed }, Now),
            CaseNoteEvents.Changed(new CaseNote { Id = Guid.NewGuid(), Child = child, Author = "Sam", Text = "t", Version = 4, State = RecordState.Closed }, Now),
            CaseAllocationEvents.Changed(new CaseAllocation { Id = Guid.NewGuid(), Child = child, WorkerId = "w", WorkerName = "W", Team = "T", Version = 4, State = RecordState.Closed }, Now),
            CareFamilyMemberEvents.Changed(new CareFamilyMember { Id = Guid.NewGuid(), Child = child, Relationship = "mother", GivenName = "Jo", FamilyName = "Hart", Version = 4, State = RecordState.Closed }, Now),
        ];

        Assert.All(changed, e =>
        {
            Assert.Equal(4, e.EntityVersion);
            Assert.Equal(SourceSystems.SocialCare, e.Source);
            Assert.Equal(Now, e.OccurredAt);
            Assert.Equal(("socialcare", "LA-123", "B801200005001", "9434765919"), (e.Child.SourceSystem, e.Child.LocalId, e.Child.Upn, e.Child.NhsNumber));
            Assert.Equal(RecordState.Closed, e.GetType().GetProperty("State")!.GetValue(e));
        });
        Assert.Equal(9, changed.Select(e => e.GetType()).Distinct().Count());
    }

    [Fact]
    public void Recorded_events_carry_the_census_fields()
    {
        var referral = new Referral
        {
            Id = Guid.NewGuid(), Child = ChildDetails(), ReferralDate = new DateOnly(2026, 10, 1), ReferralSource = "6", PrimaryNeed = "N1", ReferralNfa = true,
        };
        var assessment = new Assessment { Id = Guid.NewGuid(), Child = ChildDetails(), ReferralId = referral.Id, StartDate = new DateOnly(2026, 10, 2), Factors = ["3B", "4B"] };

        var recorded = ReferralEvents.Recorded(referral, Now);
        var assessed = AssessmentEvents.Recorded(assessment, Now);

        Assert.Equal((1L, referral.Id, "6", "N1", true), (recorded.EntityVersion, recorded.ReferralId, recorded.ReferralSource, recorded.PrimaryNeed, recorded.ReferralNfa));
        Assert.Equal(["3B", "4B"], assessed.Factors);
        assessment.Factors.Add("1A");
        Assert.Equal(2, assessed.Factors.Count); // a snapshot, not a live view of the entity
    }

    [Fact]
    public void A_closed_referral_change_carries_its_closure()
    {
        var referral = new Referral
        {
            Id = Guid.NewGuid(), Child = ChildDetails(), ReferralDate = new DateOnly(2026, 10, 1), ReferralSource = "6",
            ClosureDate = new DateOnly(2026, 11, 1), ReasonForClosure = "RC8", State = RecordState.Closed, Version = 3,
        };

        var changed = ReferralEvents.Changed(referral, Now);

        Assert.Equal((new DateOnly(2026, 11, 1), "RC8", RecordState.Closed, 3L), (changed.ClosureDate!.Value, changed.ReasonForClosure, changed.State, changed.EntityVersion));
    }
}
