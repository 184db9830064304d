using ChildView.ChildProfile.Children;
using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Ingestion.Postgres;
using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Ingestion;

public enum IngestOutcome
{
    Applied,

    /// <summary>The profile already holds this version of the record or a newer one.</summary>
    Stale,
}

/// <summary>
/// Applies one service event to the read model. Order-tolerant: an event whose entity version is not
/// newer than the stored one changes nothing, so late or replayed events cannot roll a record back.
/// The stored version is read under the record's lock (<see cref="RecordLock"/>), so the check still
/// holds when versions of one record are consumed at the same moment, here or on another replica.
/// </summary>
public sealed class RecordIngestor(ProfileDbContext db, ChildLinker linker, IEnumerable<IChildDerivation> derivations, TimeProvider clock)
{
    public async Task<IngestOutcome> IngestAsync(IIntegrationEvent integrationEvent, RecordFacts facts, CancellationToken cancellationToken)
    {
        var record = await RecordLock.AcquireAsync(db, integrationEvent.Source, facts.RecordType, facts.RecordId, cancellationToken);
        if (record is not null && record.EntityVersion >= integrationEvent.EntityVersion)
        {
            return IngestOutcome.Stale;
        }

        var now = clock.GetUtcNow();
        // Linking also refreshes the source's identity for the child, which may have changed; a record
        // already in the profile stays with its child (only a steward's merge or unmerge moves it).
        var linked = await linker.LinkAsync(integrationEvent.Child, cancellationToken);
        var childId = record?.ChildId ?? linked;

        if (record is null)
        {
            record = new ServiceRecord
            {
                SourceSystem = integrationEvent.Source,
                RecordType = facts.RecordType,
                RecordId = facts.RecordId,
                ChildId = childId,
                Summary = facts.Summary,
            };
            db.ServiceRecords.Add(record);
        }

        record.SourceLocalId = integrationEvent.Child.LocalId;
        record.EntityVersion = integrationEvent.EntityVersion;
        record.Summary = facts.Summary;
        record.OccurredOn = facts.OccurredOn;
        record.State = facts.State;
        record.Attributes = facts.Attributes is null ? [] : new Dictionary<string, string>(facts.Attributes);
        record.ChildAddressLine1 = integrationEvent.Child.Address?.Line1;
        record.ChildTown = integrationEvent.Child.Address?.Town;
        record.ChildPostcode = integrationEvent.Child.Address?.Postcode;
        record.UpdatedAt = now;

        // Derivations query the database, so the record must be there first; the inbox's transaction
        // is still open, so the record and everything derived from it commit together or not at all.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var derivation in derivations)
        {
            await derivation.RefreshAsync(childId == linked ? [childId] : [childId, linked], cancellationToken);
        }

        return IngestOutcome.Applied;
    }
}
