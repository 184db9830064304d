using System.Text.Json;

namespace ChildView.Messaging.Outbox;

/// <summary>How events are stored in the outbox: web defaults, so a row reads like the message on the wire.</summary>
public static class IntegrationEventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
