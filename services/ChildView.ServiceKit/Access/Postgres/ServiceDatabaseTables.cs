namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// Where a service keeps each record type the policy names, and what a request on it touches besides,
/// so the database's grants and row policies can be generated from the policy's <c>services</c> block.
/// </summary>
public sealed record ServiceDatabaseTables(string Service, AllocationTable? Allocations, IReadOnlyList<RecordTable> Records)
{
    /// <summary>Every table the generated roles are granted anything on, record tables first.</summary>
    public IEnumerable<string> AllTables => Records
        .SelectMany(r => r.Reads.Prepend(r.Table).Concat(r.CreateWrites))
        .Concat(Allocations is null ? [] : [Allocations.Table])
        .Append(ServiceAccessSql.OutboxTable)
        .Distinct(StringComparer.Ordinal);

    public RecordTable For(string recordType) => Records.SingleOrDefault(r => r.RecordType == recordType)
        ?? throw new InvalidOperationException($"{Service} declares no table for the policy's record type '{recordType}'.");
}

/// <summary>One record type's table (rows carry <c>child_local_id</c>) and its companions.</summary>
public sealed record RecordTable(string RecordType, string Table)
{
    /// <summary>Other tables a request on this record type reads: the pupil a record copies its child from, the referral an assessment follows.</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];

    /// <summary>Tables a create also inserts into and updates (attendance marks merged into a pupil's register).</summary>
    public IReadOnlyList<string> CreateWrites { get; init; } = [];

    /// <summary>Whether a create may also change existing rows of <see cref="Table"/> (a term's attendance summary is recomputed by new marks).</summary>
    public bool CreateUpdates { get; init; }
}

/// <summary>The table a service records allocations in: an open row gives its team, and its worker, the child.</summary>
public sealed record AllocationTable(string Table, string TeamColumn, string WorkerColumn);
