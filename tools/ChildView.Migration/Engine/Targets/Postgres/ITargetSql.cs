namespace ChildView.Migration.Targets.Postgres;

/// <summary>
/// A target's PostgreSQL statements. The merge reads one staging table and, in one statement, assigns ids
/// to new (source, source key) pairs, inserts new records, updates records whose content changed, and
/// writes one outbox row per integration event; it returns (inserted, updated, events). Parameters:
/// @source, @target, @run, @now, @service.
/// </summary>
public interface ITargetSql
{
    string Table { get; }

    string MergeSql(string stagingTable);

    /// <summary>
    /// The target's own children for identity matching when no profile database is given (records this
    /// source loaded earlier are left out, or a rerun would match itself). Columns: id, given name, family name,
    /// date of birth, sex, upn, nhs number, postcode, address line 1, town. Parameter: @source.
    /// </summary>
    string ExistingChildrenSql { get; }
}
