using ChildView.Contracts.IntegrationEvents;
using ChildView.Messaging.Inbox;

namespace ChildView.ChildProfile.Ingestion;

// What the profile keeps of each Education event; idempotency and versions are handled by the base and the ingestor.

public sealed class PupilRegisteredConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilRegistered>(inbox)
{
    protected override Task ApplyAsync(PupilRegistered message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Pupil(message.PupilId), cancellationToken);
}

public sealed class PupilDetailsChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilDetailsChanged>(inbox)
{
    protected override Task ApplyAsync(PupilDetailsChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Pupil(message.PupilId) with { State = message.State }, cancellationToken);
}

public sealed class EnrolmentRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EnrolmentRecorded>(inbox)
{
    protected override Task ApplyAsync(EnrolmentRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Enrolment(message.EnrolmentId, message.Urn, message.EnrolmentStatus, message.StartDate, message.LeaveDate, message.State), cancellationToken);
}

public sealed class EnrolmentChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<EnrolmentChanged>(inbox)
{
    protected override Task ApplyAsync(EnrolmentChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Enrolment(message.EnrolmentId, message.Urn, message.EnrolmentStatus, message.StartDate, message.LeaveDate, message.State), cancellationToken);
}

public sealed class AttendanceSummaryRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AttendanceSummaryRecorded>(inbox)
{
    protected override Task ApplyAsync(AttendanceSummaryRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            EducationRecords.AttendanceSummary(message.AttendanceSummaryId, message.AcademicYear, message.Term, message.TermStart, message.PossibleSessions, message.AttendancePercentage, message.PersistentAbsence, message.State),
            cancellationToken);
}

public sealed class AttendanceSummaryChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<AttendanceSummaryChanged>(inbox)
{
    protected override Task ApplyAsync(AttendanceSummaryChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(
            message,
            EducationRecords.AttendanceSummary(message.AttendanceSummaryId, message.AcademicYear, message.Term, message.TermStart, message.PossibleSessions, message.AttendancePercentage, message.PersistentAbsence, message.State),
            cancellationToken);
}

public sealed class ExclusionRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ExclusionRecorded>(inbox)
{
    protected override Task ApplyAsync(ExclusionRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Exclusion(message.ExclusionId, message.Category, message.Reason, message.StartDate, message.EndDate, message.Sessions, message.State), cancellationToken);
}

public sealed class ExclusionChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<ExclusionChanged>(inbox)
{
    protected override Task ApplyAsync(ExclusionChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.Exclusion(message.ExclusionId, message.Category, message.Reason, message.StartDate, message.EndDate, message.Sessions, message.State), cancellationToken);
}

public sealed class SenProvisionRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SenProvisionRecorded>(inbox)
{
    protected override Task ApplyAsync(SenProvisionRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.SenProvision(message.SenProvisionId, message.Provision, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class SenProvisionChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<SenProvisionChanged>(inbox)
{
    protected override Task ApplyAsync(SenProvisionChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.SenProvision(message.SenProvisionId, message.Provision, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class FreeSchoolMealsEligibilityRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<FreeSchoolMealsEligibilityRecorded>(inbox)
{
    protected override Task ApplyAsync(FreeSchoolMealsEligibilityRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.FreeSchoolMeals(message.EligibilityId, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class FreeSchoolMealsEligibilityChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<FreeSchoolMealsEligibilityChanged>(inbox)
{
    protected override Task ApplyAsync(FreeSchoolMealsEligibilityChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.FreeSchoolMeals(message.EligibilityId, message.StartDate, message.EndDate, message.State), cancellationToken);
}

public sealed class PupilFamilyMemberRecordedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilFamilyMemberRecorded>(inbox)
{
    protected override Task ApplyAsync(PupilFamilyMemberRecorded message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.ParentalResponsibility, message.Address, message.State), cancellationToken);
}

public sealed class PupilFamilyMemberChangedConsumer(MessageInbox inbox, RecordIngestor ingestor) : IdempotentConsumer<PupilFamilyMemberChanged>(inbox)
{
    protected override Task ApplyAsync(PupilFamilyMemberChanged message, CancellationToken cancellationToken) =>
        ingestor.IngestAsync(message, EducationRecords.FamilyMember(message.FamilyMemberId, message.Relationship, message.GivenName, message.FamilyName, message.DateOfBirth, message.ParentalResponsibility, message.Address, message.State), cancellationToken);
}

internal static class EducationRecords
{
    public static RecordFacts Pupil(Guid pupilId) => new(ProfileRecordTypes.Pupil, pupilId, "On a school roll in the county", null);

    public static RecordFacts Enrolment(Guid id, string urn, string status, DateOnly start, DateOnly? leave, RecordState state) =>
        new(ProfileRecordTypes.Enrolment, id, $"Enrolled at URN {urn} (status {status}) from {start:yyyy-MM-dd}{(leave is { } l ? $", left {l:yyyy-MM-dd}" : "")}", start, state);

    public static RecordFacts AttendanceSummary(Guid id, string academicYear, string term, DateOnly termStart, int possible, decimal? percentage, bool persistentAbsence, RecordState state) =>
        new(
            ProfileRecordTypes.AttendanceSummary,
            id,
            percentage is { } p
                ? $"Attendance {academicYear} {term} term: {p:0.0}% of {possible} possible sessions{(persistentAbsence ? " (persistent absence)" : "")}"
                : $"Attendance {academicYear} {term} term: no possible sessions",
            termStart,
            state,
            RecordAttributes.Of(
                (RecordAttributes.AcademicYear, academicYear),
                (RecordAttributes.Term, term),
                (RecordAttributes.StartDate, RecordAttributes.Date(termStart)),
                (RecordAttributes.AttendancePercentage, percentage is { } value ? RecordAttributes.Number(value) : null),
                (RecordAttributes.PersistentAbsence, RecordAttributes.Flag(persistentAbsence))));

    public static RecordFacts Exclusion(Guid id, string category, string reason, DateOnly start, DateOnly? end, int? sessions, RecordState state) =>
        new(
            ProfileRecordTypes.Exclusion,
            id,
            category == "PERM"
                ? $"Permanently excluded from {start:yyyy-MM-dd} (reason {reason})"
                : $"Suspended {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, {sessions} session(s) (reason {reason})",
            start,
            state,
            RecordAttributes.Of(
                (RecordAttributes.Category, category),
                (RecordAttributes.Reason, reason),
                (RecordAttributes.StartDate, RecordAttributes.Date(start)),
                (RecordAttributes.EndDate, end is { } e ? RecordAttributes.Date(e) : null),
                (RecordAttributes.Sessions, sessions?.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static RecordFacts SenProvision(Guid id, string provision, DateOnly start, DateOnly? end, RecordState state) =>
        new(ProfileRecordTypes.SenProvision, id, $"{(provision == "E" ? "Education, health and care plan" : "SEN support")} from {start:yyyy-MM-dd}{(end is { } e ? $" to {e:yyyy-MM-dd}" : "")}", start, state,
            RecordAttributes.Of((RecordAttributes.Provision, provision), (RecordAttributes.StartDate, RecordAttributes.Date(start)), (RecordAttributes.EndDate, end is { } ended ? RecordAttributes.Date(ended) : null)));

    public static RecordFacts FreeSchoolMeals(Guid id, DateOnly start, DateOnly? end, RecordState state) =>
        new(ProfileRecordTypes.FreeSchoolMeals, id, $"Eligible for free school meals from {start:yyyy-MM-dd}{(end is { } e ? $" to {e:yyyy-MM-dd}" : "")}", start, state,
            RecordAttributes.Of((RecordAttributes.StartDate, RecordAttributes.Date(start)), (RecordAttributes.EndDate, end is { } ended ? RecordAttributes.Date(ended) : null)));

    public static RecordFacts FamilyMember(
        Guid id, string relationship, string givenName, string familyName, DateOnly? dateOfBirth, bool parentalResponsibility, PostalAddress? address, RecordState state) =>
        new(
            ProfileRecordTypes.PupilFamilyMember,
            id,
            $"Family member known to school: {givenName} {familyName} ({relationship}{(parentalResponsibility ? ", parental responsibility" : "")})",
            null,
            state,
            FamilyMemberAttributes.For(relationship, givenName, familyName, dateOfBirth, parentalResponsibility, address));
}
