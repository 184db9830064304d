namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// An append-only audit table and its chain. <see cref="Content"/> lists SQL expressions over the
/// row (alias <c>e</c>), each yielding text or NULL, in a fixed order: the chain MAC covers exactly
/// these, so every column that says who, what or when must be in it, the sequence number first.
/// </summary>
public sealed record AuditLogTable(string Table, string SequenceColumn, IReadOnlyList<string> Content, IReadOnlyList<string> InsertableColumns)
{
    public string ChainTable => Table + "_chain";
}
