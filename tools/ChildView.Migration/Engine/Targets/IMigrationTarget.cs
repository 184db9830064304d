using ChildView.Migration.Targets.Postgres;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>
/// A kind of record a legacy source can be migrated into, owned by one service: which fields it takes,
/// which rules hold across them, how its child is matched, and how it is merged into the service's database.
/// </summary>
public interface IMigrationTarget
{
    /// <summary>"education.pupils", as a mapping file names it.</summary>
    string Name { get; }

    /// <summary>The owning service (a <see cref="Contracts.IntegrationEvents.SourceSystems"/> name).</summary>
    string Service { get; }

    IReadOnlyList<TargetField> Fields { get; }

    IReadOnlyList<CrossFieldRule> CrossFieldRules { get; }

    /// <summary>The identifier the identity-resolution engine compares as its strong id ("upn" or "nhs").</summary>
    string StrongIdKind { get; }

    ITargetSql Sql { get; }

    /// <summary>The version and state a new record from this row is stored with.</summary>
    InitialState InitialStateOf(MigrationRecord record);

    /// <summary>
    /// The record sets a batch's new records are announced with, in order: the events the service itself would
    /// publish for them (recorded, then changed for a legacy record that is already closed).
    /// </summary>
    IReadOnlyList<RecordSetRule> NewRecordSets { get; }

    /// <summary>The event a record whose content a rerun changed is announced with.</summary>
    Type ChangedEvent { get; }

    /// <summary>A field the service keeps unique among its records that are not deleted (checked row by row, <see cref="Validation.UniqueValues"/>); null for none.</summary>
    string? UniqueField => null;
}
