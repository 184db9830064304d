using ChildView.Migration.Validation;

namespace ChildView.Migration.Targets;

/// <summary>
/// One record set the service's outbox gets for the new records of a batch: the event type it stands for and
/// which new records it lists (all of them, or those the predicate picks, e.g. legacy records already closed).
/// </summary>
public sealed record RecordSetRule(Type EventType, Func<MigrationRecord, bool>? Applies = null)
{
    public bool Includes(MigrationRecord record) => Applies?.Invoke(record) ?? true;
}
