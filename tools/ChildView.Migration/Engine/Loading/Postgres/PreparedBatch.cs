namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// A validated batch with everything its transaction sends worked out beforehand, off the connection's thread:
/// the new rows encoded for COPY into the service's table with the key map's columns for them and their outbox
/// record sets; the rows loaded before encoded for the changes table.
/// </summary>
/// <remarks>
/// It holds no reference to the batch's records, so they can be collected while the batch loads.
/// </remarks>
internal sealed record PreparedBatch(
    int Number,
    long FirstRow,
    long LastRow,
    int Rows,
    DateTimeOffset PreparedAt,
    int FreshCount,
    BinaryCopyBuffer FreshCopy,
    string FreshKeys,
    byte[] FreshIds,
    IReadOnlyList<(string MessageType, string Payload)> FreshRecordSets,
    int KnownCount,
    BinaryCopyBuffer KnownCopy) : IDisposable
{
    public void Dispose()
    {
        FreshCopy.Dispose();
        KnownCopy.Dispose();
    }
}
