using ChildView.Contracts.Access;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>
/// One request through the record pipeline (scoped): who calls, which children they may touch, and the
/// records of the endpoint's type that the request read or wrote, for the audit row. The service's
/// DbContext reads <see cref="Scope"/> in its query filters; outside a request (the bus, a migration)
/// nothing is set and nothing is restricted.
/// </summary>
public sealed class RecordRequest
{
    private readonly List<ChildRecord> _touched = [];

    public ServiceCaller? Caller { get; private set; }

    public RecordScope Scope { get; private set; } = RecordScope.Everyone;

    public Type? RecordClrType { get; private set; }

    public RecordAction? Action { get; private set; }

    /// <summary>The records of the endpoint's own type this request read or wrote, each once.</summary>
    public IReadOnlyList<ChildRecord> Touched => _touched;

    public void Begin(ServiceCaller caller, RecordScope scope, Type recordClrType, RecordAction action)
    {
        Caller = caller;
        Action = action;
        Scope = scope;
        RecordClrType = recordClrType;
    }

    /// <summary>Called by the DbContext's interceptors for every record loaded or saved.</summary>
    public void Saw(ChildRecord record)
    {
        if (RecordClrType is not null && RecordClrType.IsInstanceOfType(record) && !_touched.Any(r => r.Id == record.Id))
        {
            _touched.Add(record);
        }
    }
}
