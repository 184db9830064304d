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

    /// <summary>A legacy referral that is already closed is stored as the service stores one recorded and then closed: version 2.</summary>
    public InitialState InitialStateOf(MigrationRecord record) => IsClosed(record) ? new InitialState(2, "Closed") : InitialState.Open;

    public IReadOnlyList<RecordSetRule> NewRecordSets { get; } = [new(typeof(ReferralRecorded)), new(typeof(ReferralChanged), IsClosed)];

    public Type ChangedEvent => typeof(ReferralChanged);

    private static bool IsClosed(MigrationRecord record) => record.Date(ClosureDate) is not null;
}
