using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each SocialCare event; idempotency and versions are handled by the base and the ingestor.
// A case note's text never reaches the profile: its summary names only the author.

public sealed class ReferralRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ReferralRecorded>(inbox)
{
    protected override Task ApplyAsync(ReferralRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.Referral(message.ReferralId, message.ReferralDate, message.ReferralSource, message.PrimaryNeed, message.ReferralNfa, null, null), cancellationToken);
}

public sealed class ReferralChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ReferralChanged>(inbox)
{
    protected override Task ApplyAsync(ReferralChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            SocialCareRecords.Referral(message.ReferralId, message.ReferralDate, message.ReferralSource, message.PrimaryNeed, message.ReferralNfa, message.ClosureDate, message.ReasonForClosure) with { State = message.State },
            cancellationToken);
}

public sealed class AssessmentRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AssessmentRecorded>(inbox)
{
    protected override Task ApplyAsync(AssessmentRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.Assessment(message.AssessmentId, message.StartDate, null, message.Factors), cancellationToken);
}

public sealed class AssessmentChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AssessmentChanged>(inbox)
{
    protected override Task ApplyAsync(AssessmentChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.Assessment(message.AssessmentId, message.StartDate, message.AuthorisationDate, message.Factors) with { State = message.State }, cancellationToken);
}

public sealed class Section47EnquiryRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<Section47EnquiryRecorded>(inbox)
{
    protected override Task ApplyAsync(Section47EnquiryRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.Section47(message.EnquiryId, message.StartDate, null, null), cancellationToken);
}

public sealed class Section47EnquiryChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<Section47EnquiryChanged>(inbox)
{
    protected override Task ApplyAsync(Section47EnquiryChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.Section47(message.EnquiryId, message.StartDate, message.Outcome, message.InitialCpcDate) with { State = message.State }, cancellationToken);
}

public sealed class ChildProtectionPlanRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ChildProtectionPlanRecorded>(inbox)
{
    protected override Task ApplyAsync(ChildProtectionPlanRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.ChildProtectionPlan(message.PlanId, message.StartDate, null, message.LatestCategoryOfAbuse), cancellationToken);
}

public sealed class ChildProtectionPlanChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ChildProtectionPlanChanged>(inbox)
{
    protected override Task ApplyAsync(ChildProtectionPlanChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.ChildProtectionPlan(message.PlanId, message.StartDate, message.EndDate, message.LatestCategoryOfAbuse) with { State = message.State }, cancellationToken);
}

public sealed class ChildInNeedPlanRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ChildInNeedPlanRecorded>(inbox)
{
    protected override Task ApplyAsync(ChildInNeedPlanRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.ChildInNeedPlan(message.PlanId, message.StartDate, null), cancellationToken);
}

public sealed class ChildInNeedPlanChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ChildInNeedPlanChanged>(inbox)
{
    protected override Task ApplyAsync(ChildInNeedPlanChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.ChildInNeedPlan(message.PlanId, message.StartDate, message.EndDate) with { State = message.State }, cancellationToken);
}

public sealed class LookedAfterEpisodeRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<LookedAfterEpisodeRecorded>(inbox)
{
    protected override Task ApplyAsync(LookedAfterEpisodeRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            SocialCareRecords.LookedAfterEpisode(message.EpisodeId, message.StartDate, message.LegalStatus, message.PlacementType, message.PlacementProvider, null, null),
            cancellationToken);
}

public sealed class LookedAfterEpisodeChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<LookedAfterEpisodeChanged>(inbox)
{
    protected override Task ApplyAsync(LookedAfterEpisodeChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            SocialCareRecords.LookedAfterEpisode(message.EpisodeId, message.StartDate, message.LegalStatus, message.PlacementType, message.PlacementProvider, message.EndDate, message.ReasonEnded) with { State = message.State },
            cancellationToken);
}

public sealed class CaseNoteRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CaseNoteRecorded>(inbox)
{
    protected override Task ApplyAsync(CaseNoteRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.CaseNote(message.NoteId, message.NoteDate, message.Author), cancellationToken);
}

public sealed class CaseNoteChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CaseNoteChanged>(inbox)
{
    protected override Task ApplyAsync(CaseNoteChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.CaseNote(message.NoteId, message.NoteDate, message.Author) with { State = message.State }, cancellationToken);
}

public sealed class CaseAllocationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CaseAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(CaseAllocationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.CaseAllocation(message.AllocationId, message.WorkerId, message.WorkerName, message.Team, message.FromDate, null), cancellationToken);
}

public sealed class CaseAllocationChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CaseAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(CaseAllocationChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            SocialCareRecords.CaseAllocation(message.AllocationId, message.WorkerId, message.WorkerName, message.Team, message.FromDate, message.ToDate) with { State = message.State },
            cancellationToken);
}

public sealed class CareFamilyMemberRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CareFamilyMemberRecorded>(inbox)
{
    protected override Task ApplyAsync(CareFamilyMemberRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, SocialCareRecords.CareFamilyMember(message.MemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.ParentalResponsibility, message.Address), cancellationToken);
}

public sealed class CareFamilyMemberChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<CareFamilyMemberChanged>(inbox)
{
    protected override Task ApplyAsync(CareFamilyMemberChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            SocialCareRecords.CareFamilyMember(message.MemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.ParentalResponsibility, message.Address) with { State = message.State },
            cancellationToken);
}

/// <summary>The profile's record type names and summaries for social care records (one place, so Recorded and Changed agree).</summary>
internal static class SocialCareRecords
{
    public static RecordFacts Referral(Guid id, DateOnly referralDate, string source, string? primaryNeed, bool nfa, DateOnly? closureDate, string? closureReason) => new(
        ProfileRecordTypes.Referral,
        id,
        $"Referral to children's social care (source {source}{(primaryNeed is null ? "" : $", need {primaryNeed}")}{(nfa ? ", no further action" : "")}){Closed(closureDate, closureReason)}",
        referralDate,
        Attributes: RecordAttributes.Of(
            (RecordAttributes.PrimaryNeed, primaryNeed),
            (RecordAttributes.ReferralNfa, RecordAttributes.Flag(nfa)),
            (RecordAttributes.ClosureDate, closureDate is { } closed ? RecordAttributes.Date(closed) : null)));

    public static RecordFacts Assessment(Guid id, DateOnly startDate, DateOnly? authorisedOn, IReadOnlyList<string> factors) => new(
        ProfileRecordTypes.Assessment,
        id,
        $"Social care assessment{(factors.Count == 0 ? "" : $" (factors {string.Join(", ", factors)})")}{(authorisedOn is { } d ? $"; authorised {d:yyyy-MM-dd}" : "")}",
        startDate,
        Attributes: RecordAttributes.Of(
            (RecordAttributes.Factors, string.Join(',', factors)),
            (RecordAttributes.StartDate, RecordAttributes.Date(startDate)),
            (RecordAttributes.AuthorisationDate, authorisedOn is { } authorised ? RecordAttributes.Date(authorised) : null)));

    public static RecordFacts Section47(Guid id, DateOnly startDate, string? outcome, DateOnly? conference) => new(
        ProfileRecordTypes.Section47Enquiry,
        id,
        $"Section 47 enquiry{(outcome is null ? "" : $"; outcome {outcome}")}{(conference is { } d ? $", initial conference {d:yyyy-MM-dd}" : "")}",
        startDate,
        Attributes: RecordAttributes.Of((RecordAttributes.Outcome, outcome), (RecordAttributes.StartDate, RecordAttributes.Date(startDate))));

    public static RecordFacts ChildProtectionPlan(Guid id, DateOnly startDate, DateOnly? endDate, string latestCategory) => new(
        ProfileRecordTypes.ChildProtectionPlan, id, $"Child protection plan (category {latestCategory}){Ended(endDate)}", startDate,
        Attributes: PlanDates(startDate, endDate, (RecordAttributes.LatestCategoryOfAbuse, latestCategory)));

    public static RecordFacts ChildInNeedPlan(Guid id, DateOnly startDate, DateOnly? endDate) => new(
        ProfileRecordTypes.ChildInNeedPlan, id, $"Child in need plan{Ended(endDate)}", startDate, Attributes: PlanDates(startDate, endDate));

    public static RecordFacts LookedAfterEpisode(Guid id, DateOnly startDate, string legalStatus, string placementType, string provider, DateOnly? endDate, string? reasonEnded) => new(
        ProfileRecordTypes.LookedAfterEpisode, id, $"Looked after (legal status {legalStatus}, placement {placementType}, provider {provider}){Closed(endDate, reasonEnded)}", startDate,
        Attributes: PlanDates(startDate, endDate, (RecordAttributes.LegalStatus, legalStatus), (RecordAttributes.ReasonEnded, reasonEnded)));

    public static RecordFacts CaseNote(Guid id, DateOnly noteDate, string author) => new(ProfileRecordTypes.CaseNote, id, $"Case note by {author}", noteDate);

    public static RecordFacts CaseAllocation(Guid id, string workerId, string workerName, string team, DateOnly fromDate, DateOnly? toDate) => new(
        ProfileRecordTypes.CaseAllocation, id, $"Allocated to {workerName} ({workerId}), {team}{Ended(toDate)}", fromDate);

    public static RecordFacts CareFamilyMember(
        Guid id, string relationship, string givenName, string familyName, DateOnly? dateOfBirth, bool parentalResponsibility, PostalAddress address) => new(
        ProfileRecordTypes.CareFamilyMember,
        id,
        $"{relationship}: {givenName} {familyName}{(parentalResponsibility ? " (parental responsibility)" : "")}",
        null,
        Attributes: FamilyMemberAttributes.For(relationship, givenName, familyName, dateOfBirth, parentalResponsibility, address));

    private static IReadOnlyDictionary<string, string> PlanDates(DateOnly startDate, DateOnly? endDate, params (string Name, string? Value)[] more) =>
        RecordAttributes.Of([(RecordAttributes.StartDate, RecordAttributes.Date(startDate)), (RecordAttributes.EndDate, endDate is { } ended ? RecordAttributes.Date(ended) : null), .. more]);

    private static string Ended(DateOnly? endDate) => endDate is { } d ? $"; ended {d:yyyy-MM-dd}" : "";

    private static string Closed(DateOnly? closedOn, string? reason) => closedOn is { } d ? $"; closed {d:yyyy-MM-dd} ({reason})" : "";
}
