namespace ChildView.ServiceKit.Pipeline;

/// <summary>A write about a child outside the caller's scope; the pipeline answers 404, as for a read of such a child.</summary>
public sealed class RecordOutOfScopeException(string recordType) : Exception($"A {recordType} about a child outside the caller's scope cannot be written.");

/// <summary>A close of a record whose stored state is not open; the pipeline answers 409.</summary>
public sealed class RecordAlreadyClosedException() : Exception("The record is already closed.");
