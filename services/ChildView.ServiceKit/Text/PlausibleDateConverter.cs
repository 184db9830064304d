using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.ServiceKit.Text;

/// <summary>
/// Dates in a body are read only within <see cref="Earliest"/>–<see cref="Latest"/>: no child's record
/// holds 0001-01-01 or 9999-12-31, and date arithmetic (terms, ages, order lengths) near the ends of
/// the calendar overflows. A date outside is refused as unreadable (400 naming the field) before any rule runs.
/// </summary>
public sealed class PlausibleDateConverter : JsonConverter<DateOnly>
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new JsonException("Must be a date written yyyy-MM-dd.");
        }

        return date < Earliest || date > Latest
            ? throw new JsonException($"Must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.")
            : date;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
