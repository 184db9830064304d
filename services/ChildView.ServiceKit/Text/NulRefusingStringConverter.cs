using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.ServiceKit.Text;

/// <summary>
/// PostgreSQL cannot store U+0000 in text, and no name or note needs it: a body carrying one is refused
/// as unreadable (400 naming the field) before anything runs.
/// </summary>
public sealed class NulRefusingStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("The NUL character (U+0000) is not allowed in text.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
