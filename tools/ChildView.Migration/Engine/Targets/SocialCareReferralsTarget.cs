using ChildView.Contracts.CodeSets;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Migration.Targets.Postgres;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>Children's social care referrals, CIN census fields (table <c>referrals</c> of the social care database).</summary>
public sealed class SocialCareReferralsTarget : IMigrationTarget
{
    public const string ReferralDate = "referralDate";
    public const string ReferralSource = "referralSource";
    public const string PrimaryNeed = "primaryNeed";
    public const string ReferralNfa = "referralNfa";
    public const string ClosureDate = "closureDate";
    public const string ReasonForClosure = "reasonForClosure";

    public string Name => "socialcare.referrals";

    public string Service => SourceSystems.SocialCare;

    public IReadOnlyList<TargetField> Fields { get; } =
    [
        .. ChildFields.All,
        new(ReferralDate, "referral_date", FieldKind.Date, Required: true),
        new(ReferralSource, "referral_source", FieldKind.Code, 3, CinCodes.ReferralSources, Required: true),
        new(PrimaryNeed, "primary_need", FieldKind.Code, 2, CinCodes.PrimaryNeeds),
        new(ReferralNfa, "referral_nfa", FieldKind.Flag),
        new(ClosureDate, "closure_date", FieldKind.Date),
        new(ReasonForClosure, "reason_for_closure", FieldKind.Code, 3, CinCodes.ClosureReasons),
    ];

    public IReadOnlyList<CrossFieldRule> CrossFieldRules { get; } =
    [
        ChildRules.ChildAge,
        ChildRules.NotBeforeConception(ReferralDate),
        ChildRules.NotBefore(ClosureDate, ReferralDate),
        ChildRules.Together(ClosureDate, ReasonForClosure),
    ];

    public string StrongIdKind => "nhs";

    public ITargetSql Sql { get; } = new SocialCareReferralsSql();

    public IReadOnlyList<IIntegrationEvent> EventsForNewRecord(MigrationRecord record, Guid recordId, DateTimeOffset now)
    {
        var child = ChildIdentities.From(record, Service);
        var (date, source, need, nfa) = (record.Date(ReferralDate)!.Value, record.Text(ReferralSource)!, record.Text(PrimaryNeed), record.Get<bool>(ReferralNfa));
        var recorded = new ReferralRecorded(Guid.CreateVersion7(now), Service, 1, now, child, recordId, date, source, need, nfa);
        return record.Date(ClosureDate) is { } closed
            ? [recorded, new ReferralChanged(Guid.CreateVersion7(now), Service, 2, now, child, recordId, date, source, need, nfa, closed, record.Text(ReasonForClosure), RecordState.Closed)]
            : [recorded];
    }
}
