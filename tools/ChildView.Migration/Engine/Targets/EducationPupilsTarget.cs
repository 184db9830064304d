using ChildView.Contracts.CodeSets;
using ChildView.Contracts.IntegrationEvents;
using ChildView.Migration.Targets.Postgres;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>Education pupils with their identity fields (table <c>pupils</c> of the education database).</summary>
public sealed class EducationPupilsTarget : IMigrationTarget
{
    public const string FormerUpn = "formerUpn";
    public const string UpnUnknownReason = "upnUnknownReason";

    public string Name => "education.pupils";

    public string Service => SourceSystems.Education;

    public IReadOnlyList<TargetField> Fields { get; } =
    [
        .. ChildFields.All,
        new(FormerUpn, "former_upn", FieldKind.Upn, 13),
        new(UpnUnknownReason, "upn_unknown_reason", FieldKind.Code, 3, UpnUnknownReasons.All),
    ];

    public IReadOnlyList<CrossFieldRule> CrossFieldRules { get; } =
    [
        ChildRules.ChildAge,
        new("former UPN differs", (record, _) =>
            record.Text(FormerUpn) is { } former && former == record.Text(ChildFields.Upn) ? (FormerUpn, "same as the current UPN") : null),
        new("no UPN-unknown reason with a UPN", (record, _) =>
            record.Text(UpnUnknownReason) is not null && record.Text(ChildFields.Upn) is not null ? (UpnUnknownReason, "given although the pupil has a UPN") : null),
    ];

    public string StrongIdKind => "upn";

    public ITargetSql Sql { get; } = new EducationPupilsSql();

    public InitialState InitialStateOf(MigrationRecord record) => InitialState.Open;

    public IReadOnlyList<RecordSetRule> NewRecordSets { get; } = [new(typeof(PupilRegistered))];

    public Type ChangedEvent => typeof(PupilDetailsChanged);

    /// <summary>A UPN names one pupil that is not deleted (the education database's unique index).</summary>
    public string? UniqueField => ChildFields.Upn;
}
