using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each EarlyYears event; idempotency and versions are handled by the base and the ingestor.

public sealed class SettingRegistrationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SettingRegistrationRecorded>(inbox)
{
    protected override Task ApplyAsync(SettingRegistrationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.Setting(message.RegistrationId, message.SettingName, message.ProviderUrn, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class SettingRegistrationChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SettingRegistrationChanged>(inbox)
{
    protected override Task ApplyAsync(SettingRegistrationChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.Setting(message.RegistrationId, message.SettingName, message.ProviderUrn, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class FundedEntitlementRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<FundedEntitlementRecorded>(inbox)
{
    protected override Task ApplyAsync(FundedEntitlementRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.Entitlement(message.EntitlementId, message.EntitlementType, message.HoursPerWeek, message.Basis, message.StartDate, message.State), cancellationToken);
}

public sealed class FundedEntitlementChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<FundedEntitlementChanged>(inbox)
{
    protected override Task ApplyAsync(FundedEntitlementChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.Entitlement(message.EntitlementId, message.EntitlementType, message.HoursPerWeek, message.Basis, message.StartDate, message.State), cancellationToken);
}

public sealed class EarlyHelpEpisodeRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyHelpEpisodeRecorded>(inbox)
{
    protected override Task ApplyAsync(EarlyHelpEpisodeRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EarlyYearsRecords.EarlyHelp(message.EpisodeId, message.LeadPractitioner, message.AssessmentDate, null, null, RecordState.Open), cancellationToken);
}

public sealed class EarlyHelpEpisodeChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyHelpEpisodeChanged>(inbox)
{
    protected override Task ApplyAsync(EarlyHelpEpisodeChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EarlyYearsRecords.EarlyHelp(message.EpisodeId, message.LeadPractitioner, message.AssessmentDate, message.ClosureDate, message.ClosureOutcome, message.State), cancellationToken);
}

public sealed class DevelopmentalCheckRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<DevelopmentalCheckRecorded>(inbox)
{
    protected override Task ApplyAsync(DevelopmentalCheckRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            EarlyYearsRecords.DevelopmentalCheck(message.CheckId, message.CheckDate, [message.Communication, message.GrossMotor, message.FineMotor, message.ProblemSolving, message.PersonalSocial], RecordState.Open),
            cancellationToken);
}

public sealed class DevelopmentalCheckChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<DevelopmentalCheckChanged>(inbox)
{
    protected override Task ApplyAsync(DevelopmentalCheckChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            EarlyYearsRecords.DevelopmentalCheck(message.CheckId, message.CheckDate, [message.Communication, message.GrossMotor, message.FineMotor, message.ProblemSolving, message.PersonalSocial], message.State),
            cancellationToken);
}

public sealed class EarlyYearsFamilyMemberRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyYearsFamilyMemberRecorded>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsFamilyMemberRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.HasParentalResponsibility, message.LivesWithChild, RecordState.Open), cancellationToken);
}

public sealed class EarlyYearsFamilyMemberChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyYearsFamilyMemberChanged>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsFamilyMemberChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message, EarlyYearsRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.HasParentalResponsibility, message.LivesWithChild, message.State), cancellationToken);
}

public sealed class EarlyYearsAllocationRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyYearsAllocationRecorded>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsAllocationRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EarlyYearsRecords.Allocation(message.AllocationId, message.PractitionerName, message.TeamCode, message.TeamName, message.FromDate, message.State), cancellationToken);
}

public sealed class EarlyYearsAllocationChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EarlyYearsAllocationChanged>(inbox)
{
    protected override Task ApplyAsync(EarlyYearsAllocationChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EarlyYearsRecords.Allocation(message.AllocationId, message.PractitionerName, message.TeamCode, message.TeamName, message.FromDate, message.State), cancellationToken);
}

internal static class EarlyYearsRecords
{
    public static RecordFacts Allocation(Guid id, string practitionerName, string teamCode, string? teamName, DateOnly from, RecordState state) =>
        new(ProfileRecordTypes.EarlyYearsAllocation, id, $"Allocated to {practitionerName}, {teamName ?? teamCode}", from, state);

    public static RecordFacts Setting(Guid id, string settingName, string providerUrn, DateOnly start, DateOnly? end, RecordState state) =>
        new(ProfileRecordTypes.SettingRegistration, id, $"Registered at {settingName} (URN {providerUrn}){(end is { } left ? $", left {left:yyyy-MM-dd}" : "")}", start, state);

    public static RecordFacts Entitlement(Guid id, string type, int hours, string? basis, DateOnly start, RecordState state) =>
        new(ProfileRecordTypes.FundedEntitlement, id, $"Funded early education: {type}, {hours} hours a week{(basis is null ? "" : $" (basis {basis})")}", start, state);

    public static RecordFacts EarlyHelp(Guid id, string leadPractitioner, DateOnly assessed, DateOnly? closedOn, string? outcome, RecordState state) =>
        new(ProfileRecordTypes.EarlyHelpEpisode, id, $"Early help, lead practitioner {leadPractitioner}{(outcome is null ? "" : $"; closed: {outcome}")}", assessed, state,
            RecordAttributes.Of(
                (RecordAttributes.StartDate, RecordAttributes.Date(assessed)),
                (RecordAttributes.ClosureDate, closedOn is { } closed ? RecordAttributes.Date(closed) : null),
                (RecordAttributes.ClosureOutcome, outcome)));

    public static RecordFacts DevelopmentalCheck(Guid id, DateOnly checkedOn, string[] areas, RecordState state)
    {
        var notOnTrack = areas.Count(area => area != "on-track");
        return new(ProfileRecordTypes.DevelopmentalCheck, id, notOnTrack == 0 ? "2-year check: on track in every area" : $"2-year check: not on track in {notOnTrack} of {areas.Length} areas", checkedOn, state,
            RecordAttributes.Of((RecordAttributes.AreasNotOnTrack, notOnTrack.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static RecordFacts FamilyMember(
        Guid id, string relationship, string givenName, string familyName, DateOnly? dateOfBirth, bool parentalResponsibility, bool livesWithChild, RecordState state) =>
        new(
            ProfileRecordTypes.EarlyYearsFamilyMember,
            id,
            $"{relationship}: {givenName} {familyName}{(parentalResponsibility ? " (parental responsibility)" : "")}",
            null,
            state,
            FamilyMemberAttributes.For(relationship, givenName, familyName, dateOfBirth, parentalResponsibility, livesWithChild: livesWithChild));
}
