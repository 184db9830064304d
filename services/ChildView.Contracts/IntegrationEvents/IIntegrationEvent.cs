namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// Every message that crosses a service boundary carries these four facts so that a consumer can
/// de-duplicate it (<see cref="EventId"/>), say where it came from (<see cref="Source"/>), and ignore
/// anything older than what it already holds (<see cref="EntityVersion"/>).
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    /// <summary>The publishing service, one of <see cref="SourceSystems"/>.</summary>
    string Source { get; }

    /// <summary>Monotonic version of the changed entity in the publishing service (1 on create).</summary>
    long EntityVersion { get; }

    DateTimeOffset OccurredAt { get; }

    /// <summary>Who the record is about, as the publishing service knows them.</summary>
    ChildIdentity Child { get; }
}
