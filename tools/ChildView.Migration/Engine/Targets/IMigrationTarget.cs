using ChildView.Contracts.IntegrationEvents;
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

    /// <summary>
    /// The events the service would publish for this row recorded as a new record with <paramref name="recordId"/>
    /// (at most two: recorded, then changed when the legacy record is already closed).
    /// </summary>
    IReadOnlyList<IIntegrationEvent> EventsForNewRecord(MigrationRecord record, Guid recordId, DateTimeOffset now);
}
