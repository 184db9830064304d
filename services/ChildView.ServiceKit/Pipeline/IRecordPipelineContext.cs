namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// A service DbContext taking part in the record pipeline: it exposes the request it serves (null outside
/// one) and answers whether a child lies within the request's scope, from the service's own allocations.
/// </summary>
public interface IRecordPipelineContext
{
    RecordRequest? Request { get; }

    /// <summary>Whether the child (the service's own id) has an open allocation within the request's scope; services without allocations answer false.</summary>
    Task<bool> IsChildInScopeAsync(string localId, CancellationToken cancellationToken);
}

/// <summary>A record whose creation is itself the controlled act of allocating a child (checked by the allocation rules, not by scope).</summary>
public interface IAllocationRecord;
