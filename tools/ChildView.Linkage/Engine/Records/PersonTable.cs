namespace ChildView.Linkage.Records;

/// <summary>
/// The records read from one file, with each record's known entity id when the mapping names a truth
/// column (<see cref="Truth"/>[i] belongs to <see cref="Records"/>[i]); kept apart from the records so
/// that nothing downstream of the reader can link on it.
/// </summary>
public sealed record PersonTable(string Source, IReadOnlyList<PersonRecord> Records, IReadOnlyList<string?>? Truth);
