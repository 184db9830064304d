using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each YouthOffending event; idempotency and versions are handled by the base and the ingestor.

public sealed class OffenceOutcomeRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<OffenceOutcomeRecorded>(inbox)
{
    protected override Task ApplyAsync(OffenceOutcomeRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            YouthOffendingRecords.OffenceOutcome(message.OutcomeId, message.OffenceType, message.GravityScore, message.Outcome, message.LengthMonths, message.OutcomeDate, RecordState.Open),
            cancellationToken);
}

public sealed class OffenceOutcomeChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<OffenceOutcomeChanged>(inbox)
{
    protected override Task ApplyAsync(OffenceOutcomeChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            YouthOffendingRecords.OffenceOutcome(message.OutcomeId, message.OffenceType, message.GravityScore, message.Outcome, message.LengthMonths, message.OutcomeDate, message.State),
            cancellationToken);
}

public sealed class AssetPlusAssessmentRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AssetPlusAssessmentRecorded>(inbox)
{
    protected override Task ApplyAsync(AssetPlusAssessmentRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            YouthOffendingRecords.AssetPlus(message.AssessmentId, message.AssessmentDate, message.RiskOfSeriousHarm, message.SafetyAndWellbeing, message.LikelihoodOfReoffending, RecordState.Open),
            cancellationToken);
}

public sealed class AssetPlusAssessmentChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AssetPlusAssessmentChanged>(inbox)
{
    protected override Task ApplyAsync(AssetPlusAssessmentChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            YouthOffendingRecords.AssetPlus(message.AssessmentId, message.AssessmentDate, message.RiskOfSeriousHarm, message.SafetyAndWellbeing, message.LikelihoodOfReoffending, message.State),
            cancellationToken);
}

public sealed class YouthInterventionRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YouthInterventionRecorded>(inbox)
{
    protected override Task ApplyAsync(YouthInterventionRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.Intervention(message.InterventionId, message.InterventionType, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class YouthInterventionChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YouthInterventionChanged>(inbox)
{
    protected override Task ApplyAsync(YouthInterventionChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.Intervention(message.InterventionId, message.InterventionType, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class YotAllocationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YotAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(YotAllocationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.Allocation(message.AllocationId, message.OfficerName, message.TeamCode, message.TeamName, message.FromDate, message.State), cancellationToken);
}

public sealed class YotAllocationChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YotAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(YotAllocationChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.Allocation(message.AllocationId, message.OfficerName, message.TeamCode, message.TeamName, message.FromDate, message.State), cancellationToken);
}

public sealed class YouthFamilyMemberRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YouthFamilyMemberRecorded>(inbox)
{
    protected override Task ApplyAsync(YouthFamilyMemberRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.HasParentalResponsibility, message.LivesWithChild, RecordState.Open), cancellationToken);
}

public sealed class YouthFamilyMemberChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<YouthFamilyMemberChanged>(inbox)
{
    protected override Task ApplyAsync(YouthFamilyMemberChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, YouthOffendingRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.HasParentalResponsibility, message.LivesWithChild, message.State), cancellationToken);
}

internal static class YouthOffendingRecords
{
    public static RecordFacts OffenceOutcome(Guid id, string offenceType, int gravityScore, string outcome, int? lengthMonths, DateOnly outcomeDate, RecordState state) =>
        new(ProfileRecordTypes.OffenceOutcome, id, $"{offenceType} (gravity {gravityScore}): {outcome}{(lengthMonths is { } months ? $", {months} months" : "")}", outcomeDate, state,
            RecordAttributes.Of(
                (RecordAttributes.Outcome, outcome),
                (RecordAttributes.OutcomeDate, RecordAttributes.Date(outcomeDate)),
                (RecordAttributes.GravityScore, gravityScore.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static RecordFacts AssetPlus(Guid id, DateOnly assessed, string riskOfSeriousHarm, string safetyAndWellbeing, string likelihoodOfReoffending, RecordState state) =>
        new(ProfileRecordTypes.AssetPlusAssessment, id, $"AssetPlus: risk of serious harm {riskOfSeriousHarm}, safety and wellbeing {safetyAndWellbeing}, likelihood of reoffending {likelihoodOfReoffending}", assessed, state);

    public static RecordFacts Intervention(Guid id, string type, DateOnly start, DateOnly? end, RecordState state) =>
        new(ProfileRecordTypes.YouthIntervention, id, $"YOT intervention: {type}{(end is { } e ? $" (ended {e:yyyy-MM-dd})" : "")}", start, state,
            RecordAttributes.Of((RecordAttributes.InterventionType, type), (RecordAttributes.StartDate, RecordAttributes.Date(start)), (RecordAttributes.EndDate, end is { } ended ? RecordAttributes.Date(ended) : null)));

    public static RecordFacts Allocation(Guid id, string officerName, string teamCode, string? teamName, DateOnly from, RecordState state) =>
        new(ProfileRecordTypes.YotAllocation, id, $"Allocated to {officerName}, {teamName ?? teamCode}", from, state);

    public static RecordFacts FamilyMember(
        Guid id, string relationship, string givenName, string familyName, DateOnly? dateOfBirth, bool parentalResponsibility, bool livesWithChild, RecordState state) =>
        new(
            ProfileRecordTypes.YouthFamilyMember,
            id,
            $"{relationship}: {givenName} {familyName}{(parentalResponsibility ? " (parental responsibility)" : "")}",
            null,
            state,
            FamilyMemberAttributes.For(relationship, givenName, familyName, dateOfBirth, parentalResponsibility, livesWithChild: livesWithChild));
}
