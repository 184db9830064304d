using ChildView.Migration.Targets;
using ChildView.Migration.Validation;

namespace ChildView.Migration.Loading.Postgres;

/// <summary>
/// Builds a batch row by row as rows pass validation: a row whose source key is new gets its record id and is
/// encoded for COPY into the service's table, a row loaded before is encoded with its record's id for the changes
/// table. Nothing keeps the validated record itself, so it is garbage as soon as it is added: a batch of records
/// held until its commit would be copied by every collection on the way and cost more than validating it.
/// The key map is only read: a source's keys are unique within its extract (a repeated key is rejected), so no
/// row of this run can hold a key an earlier batch of it added.
/// </summary>
internal sealed class BatchBuilder(IMigrationTarget target, LegacyKeyMap keys, TimeProvider clock, int expectedRows)
{
    private readonly SequentialUuid _ids = new(clock);
    private readonly int _fieldCount = target.Fields.Count;
    private readonly List<Guid>[] _recordSetIds = [.. target.NewRecordSets.Select(_ => new List<Guid>())];
    private DateTimeOffset _startedAt = clock.GetUtcNow();
    private BinaryCopyBuffer _freshCopy = new(expectedRows * 256);
    private BinaryCopyBuffer _knownCopy = new(4096);
    private List<string> _freshKeys = new(expectedRows);
    private List<Guid> _freshIds = new(expectedRows);
    private int _known;

    public int Rows => _freshIds.Count + _known;

    public void Add(MigrationRecord record)
    {
        if (keys.TryGet(record.SourceKey, out var existing))
        {
            _known++;
            _knownCopy.StartRow(3 + _fieldCount);
            _knownCopy.Write(existing);
            _knownCopy.Write(record.RowNumber);
            _knownCopy.Write(record.SourceKey);
            _knownCopy.WriteValues(record);
            return;
        }

        var id = _ids.Next();
        var state = target.InitialStateOf(record);
        _freshKeys.Add(record.SourceKey);
        _freshIds.Add(id);
        for (var i = 0; i < _recordSetIds.Length; i++)
        {
            if (target.NewRecordSets[i].Includes(record))
                _recordSetIds[i].Add(id);
        }

        _freshCopy.StartRow(5 + _fieldCount);
        _freshCopy.Write(id);
        _freshCopy.WriteValues(record);
        _freshCopy.Write(state.Version);
        _freshCopy.Write(state.State);
        _freshCopy.Write(_startedAt);
        _freshCopy.Write(_startedAt);
    }

    /// <summary>The batch so far, ready for its transaction; the builder starts the next one.</summary>
    public PreparedBatch Finish(int number, long firstRow, long lastRow)
    {
        var recordSets = new List<(string MessageType, string Payload)>();
        for (var i = 0; i < _recordSetIds.Length; i++)
        {
            if (RecordSets.Entry(target.NewRecordSets[i].EventType, _recordSetIds[i]) is { } entry)
                recordSets.Add(entry);
            _recordSetIds[i] = [];
        }

        var batch = new PreparedBatch(number, firstRow, lastRow, Rows, _startedAt, _freshIds.Count, _freshCopy, KeyBatchColumns.Keys(_freshKeys),
            KeyBatchColumns.Ids(_freshIds), recordSets, _known, _knownCopy);
        (_freshCopy, _knownCopy) = (new BinaryCopyBuffer(Math.Max(4096, _freshIds.Count * 256)), new BinaryCopyBuffer(4096));
        (_freshKeys, _freshIds, _known, _startedAt) = (new List<string>(_freshKeys.Count), new List<Guid>(_freshIds.Count), 0, clock.GetUtcNow());
        return batch;
    }

    /// <summary>The column list of the COPY into the service's table, in the order <see cref="Add"/> writes new rows.</summary>
    public static string TargetCopySql(IMigrationTarget target) =>
        $"COPY {target.Sql.Table} (id, {string.Join(", ", target.Fields.Select(f => f.Column))}, version, state, created_at, updated_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>The column list of the COPY into the changes table, in the order <see cref="Add"/> writes known rows.</summary>
    public static string ChangesCopySql(IMigrationTarget target) =>
        $"COPY {ChangesTable.Name} (record_id, row_number, source_key, {string.Join(", ", target.Fields.Select(f => f.Column))}) FROM STDIN (FORMAT BINARY)";
}
