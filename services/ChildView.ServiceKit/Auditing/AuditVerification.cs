namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// The result of walking an audit chain: intact, or the first row where it breaks and how. Rows
/// appended since the chainer last ran are counted as not yet chained; they are verified once chained.
/// </summary>
public sealed record AuditVerification(
    bool Intact,
    long RowsChecked,
    long ChainedRows,
    long UnchainedRows,
    int AnchorsChecked,
    long? FirstBrokenSeq,
    string? Problem);
