namespace ChildView.Migration.Targets.Postgres;

/// <summary>A target's PostgreSQL statements (the only provider-specific SQL a target has).</summary>
public interface ITargetSql
{
    /// <summary>The service's table new records are copied into.</summary>
    string Table { get; }

    /// <summary>
    /// Updates the records of a staging table (<c>record_id</c> + the target's fields) whose content differs,
    /// bumping their version, and returns the ids it changed. Deleted records, and records changed in ChildView
    /// since the migration wrote them, are left alone. Parameters: @now, @source.
    /// </summary>
    string UpdateSql(string stagingTable);

    /// <summary>After the update: the staged rows (row number, source key, record id) left alone because their record was changed in ChildView since. Parameter: @source.</summary>
    string KeptSql(string stagingTable);

    /// <summary>
    /// The target's own children for identity matching when no profile database is given (records this
    /// source loaded earlier are left out, or a rerun would match itself). Columns: id, given name, family name,
    /// date of birth, sex, upn, nhs number, postcode, address line 1, town. Parameter: @source.
    /// </summary>
    string ExistingChildrenSql { get; }

    /// <summary>The values of the target's unique field held by records that are not deleted, and by which record. Columns: value, id. Null when the target has none.</summary>
    string? UniqueValuesSql => null;
}
