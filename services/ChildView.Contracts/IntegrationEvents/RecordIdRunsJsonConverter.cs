using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.Contracts.IntegrationEvents;

/// <summary>
/// Writes a list of record ids as runs of consecutive UUIDs, <c>[["first id", count], …]</c>, and reads them back
/// to the exact same list. A bulk load's ids are sequential (each the previous plus one), so a record set of
/// fifty thousand records is a few hundred bytes instead of two megabytes; other ids are runs of one.
/// </summary>
public sealed class RecordIdRunsJsonConverter : JsonConverter<IReadOnlyList<Guid>>
{
    public override IReadOnlyList<Guid> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray, "an array of [id, count] runs");
        var ids = new List<Guid>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(reader.TokenType == JsonTokenType.StartArray, "a run [id, count]");
            Expect(reader.Read() && reader.TokenType == JsonTokenType.String, "a run's first id");
            var first = ToNumber(reader.GetGuid());
            var count = reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n) ? n : 0;
            Expect(count > 0, "a run's count");
            Expect(reader.Read() && reader.TokenType == JsonTokenType.EndArray, "the end of a run");
            for (var i = 0; i < count; i++)
                ids.Add(ToGuid(first + (UInt128)i));
        }

        return ids;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<Guid> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var at = 0;
        while (at < value.Count)
        {
            var first = ToNumber(value[at]);
            var count = 1;
            while (at + count < value.Count && ToNumber(value[at + count]) == first + (UInt128)count)
                count++;
            writer.WriteStartArray();
            writer.WriteStringValue(value[at]);
            writer.WriteNumberValue(count);
            writer.WriteEndArray();
            at += count;
        }

        writer.WriteEndArray();
    }

    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid ToGuid(UInt128 number)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
            throw new JsonException($"Expected {what} in a record set's record ids.");
    }
}
