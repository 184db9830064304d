using ChildView.Migration.Input;
using ChildView.Migration.Mapping;
using ChildView.Migration.Targets;

namespace ChildView.Migration.Validation;

/// <summary>
/// Checks and converts every row of one source against its mapping and target: source key present and
/// unique in the source, required fields, identifiers by checksum, codes (after the legacy → DfE map),
/// plausible dates, lengths, then the target's cross-field rules. Every failing field of a row is reported.
/// Not thread-safe: it remembers the keys it has seen.
/// </summary>
public sealed class RowValidator
{
    private readonly SourceMapping _mapping;
    private readonly IReadOnlyList<TargetField> _fields;
    private readonly int[] _columnOfField;
    private readonly int _keyColumn;
    private readonly DateOnly _today;
    private readonly Dictionary<string, int> _fieldIndex;
    private readonly Dictionary<string, long> _firstRowOfKey = new(StringComparer.Ordinal);

    public RowValidator(SourceMapping mapping, LegacyHeader header, DateOnly today)
    {
        _mapping = mapping;
        _fields = mapping.Target.Fields;
        _today = today;
        _fieldIndex = _fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _keyColumn = header.IndexOf(mapping.KeyColumn);
        _columnOfField = _fields.Select(f => mapping.Columns.FirstOrDefault(c => c.Value == f.Name) is { Key: { } column } ? header.IndexOf(column) : -1).ToArray();
        Tally = new FieldTally(_fields.Count);
    }

    public FieldTally Tally { get; }

    public IReadOnlyList<TargetField> Fields => _fields;

    /// <summary>Rows whose source key had been seen before in this source.</summary>
    public long DuplicateKeys { get; private set; }

    public RowOutcome Validate(long rowNumber, string?[] raw)
    {
        var key = Raw(raw, _keyColumn);
        List<Rejection>? rejections = null;
        void Reject(string field, string reason, string? value) => (rejections ??= []).Add(new Rejection(rowNumber, key, field, reason, value));

        if (key is null)
        {
            Reject("key", $"source key ({_mapping.KeyColumn}) missing", null);
        }
        else if (!_firstRowOfKey.TryAdd(key, rowNumber))
        {
            DuplicateKeys++;
            Reject("key", "duplicate source key", $"{key} (first at row {_firstRowOfKey[key]})");
        }

        var values = new object?[_fields.Count];
        for (var i = 0; i < _fields.Count; i++)
        {
            var field = _fields[i];
            var value = Raw(raw, _columnOfField[i]);
            if (value is null)
            {
                if (field.Name == ChildFields.LocalId)
                    values[i] = key;
                else if (field.Kind == FieldKind.Flag)
                    values[i] = false;
                else if (_mapping.IsRequired(field))
                    Reject(field.Name, "required", null);
                continue;
            }

            Tally.Present[i]++;
            if (Convert(field, value, out var converted, out var reason))
            {
                Tally.Valid[i]++;
                values[i] = converted;
            }
            else
            {
                Reject(field.Name, reason, value);
            }
        }

        if (rejections is not null)
            return new RowOutcome(null, rejections);

        var record = new MigrationRecord(rowNumber, key!, values, _fieldIndex);
        foreach (var rule in _mapping.Target.CrossFieldRules)
        {
            if (rule.Check(record, _today) is { } failure)
                Reject(failure.Field, failure.Reason, Describe(record.Values[_fieldIndex[failure.Field]]));
        }

        return rejections is null ? new RowOutcome(record, []) : new RowOutcome(null, rejections);
    }

    public IReadOnlyDictionary<string, int> FieldIndex => _fieldIndex;

    private bool Convert(TargetField field, string value, out object? converted, out string reason)
    {
        converted = null;
        reason = "";
        switch (field.Kind)
        {
            case FieldKind.Date:
                if (!FieldParsers.Date(value, _mapping.DateFormats, _today, out var date, out reason))
                    return false;
                converted = date;
                return true;
            case FieldKind.Upn:
                if (!FieldParsers.Upn(value, out var upn))
                {
                    reason = "not a valid UPN (format or check letter)";
                    return false;
                }

                converted = upn;
                return true;
            case FieldKind.NhsNumber:
                if (!FieldParsers.Nhs(value, out var nhs))
                {
                    reason = "not a valid NHS number (10 digits, modulus 11)";
                    return false;
                }

                converted = nhs;
                return true;
            case FieldKind.Code:
                var code = _mapping.CodeMaps.TryGetValue(field.Name, out var map) && map.TryGetValue(value, out var mapped) ? mapped : value;
                if (!field.Codes!.Contains(code))
                    code = code.ToUpperInvariant(); // a DfE code typed in lower case is still that code
                if (!field.Codes.Contains(code))
                {
                    reason = "not a DfE code and not mapped from a legacy code";
                    return false;
                }

                converted = code;
                return true;
            case FieldKind.Flag:
                if (!FieldParsers.Flag(value, out var flag))
                {
                    reason = "not a yes/no value";
                    return false;
                }

                converted = flag;
                return true;
            case FieldKind.Postcode:
                if (!FieldParsers.Postcode(value, out var postcode))
                {
                    reason = "not a UK postcode";
                    return false;
                }

                converted = postcode;
                return true;
            default:
                if (value.Length > field.MaxLength)
                {
                    reason = $"longer than {field.MaxLength} characters";
                    return false;
                }

                converted = value;
                return true;
        }
    }

    private static string? Raw(string?[] raw, int column)
    {
        if (column < 0 || column >= raw.Length)
            return null;
        var value = raw[column]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? Describe(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
