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
    private readonly TargetField[] _fieldArray;
    private readonly CrossFieldRule[] _rules;
    private readonly int[] _columnOfField;
    private readonly int _keyColumn;
    private readonly DateOnly _today;
    private readonly FieldIndex _fieldIndex;
    private readonly Dictionary<string, long> _firstRowOfKey = new(StringComparer.Ordinal);

    // Per field, fixed for the run: whether it is the local id, is required, and its legacy code map.
    private readonly bool[] _isLocalId;
    private readonly bool[] _required;
    private readonly IReadOnlyDictionary<string, string>?[] _codeMap;

    // Converted values are boxed into the record; a date box is shared by every record with that date.
    private static readonly object True = true;
    private static readonly object False = false;
    private readonly object?[] _dateBoxes;
    private readonly int _firstBoxedDay;

    private readonly UniqueValues? _unique;
    private readonly int _uniqueField = -1;

    /// <param name="unique">The target's unique field and the values the service holds; null when the target has none.</param>
    public RowValidator(SourceMapping mapping, LegacyHeader header, DateOnly today, UniqueValues? unique = null)
    {
        _mapping = mapping;
        _fields = mapping.Target.Fields;
        _today = today;
        _fieldIndex = new FieldIndex(_fields.Select(f => f.Name).ToArray());
        _fieldArray = [.. _fields];
        _rules = [.. mapping.Target.CrossFieldRules];
        _keyColumn = header.IndexOf(mapping.KeyColumn);
        _columnOfField = _fields.Select(f => mapping.Columns.FirstOrDefault(c => c.Value == f.Name) is { Key: { } column } ? header.IndexOf(column) : -1).ToArray();
        Tally = new FieldTally(_fields.Count);
        _isLocalId = _fields.Select(f => f.Name == ChildFields.LocalId).ToArray();
        _required = _fields.Select(mapping.IsRequired).ToArray();
        _codeMap = _fields.Select(f => mapping.CodeMaps.TryGetValue(f.Name, out var map) ? map : null).ToArray();
        _firstBoxedDay = FieldParsers.Earliest.DayNumber;
        _dateBoxes = new object?[Math.Max(0, today.DayNumber - _firstBoxedDay + 1)];
        _unique = unique;
        _uniqueField = unique is null ? -1 : _fieldIndex[unique.Field];
    }

    public FieldTally Tally { get; }

    public IReadOnlyList<TargetField> Fields => _fields;

    /// <summary>Rows whose source key had been seen before in this source.</summary>
    public long DuplicateKeys { get; private set; }

    public RowOutcome Validate(long rowNumber, string?[] raw)
    {
        var key = Raw(raw, _keyColumn);
        List<Rejection>? rejections = null;

        if (key is null)
        {
            Reject(ref rejections, rowNumber, key, "key", $"source key ({_mapping.KeyColumn}) missing", null);
        }
        else if (!_firstRowOfKey.TryAdd(key, rowNumber))
        {
            DuplicateKeys++;
            Reject(ref rejections, rowNumber, key, "key", "duplicate source key", $"{key} (first at row {_firstRowOfKey[key]})");
        }

        var values = new object?[_fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = _fieldArray[i];
            var value = Raw(raw, _columnOfField[i]);
            if (value is null)
            {
                if (_isLocalId[i])
                    values[i] = key;
                else if (field.Kind == FieldKind.Flag)
                    values[i] = False;
                else if (_required[i])
                    Reject(ref rejections, rowNumber, key, field.Name, "required", null);
                continue;
            }

            Tally.Present[i]++;
            if (Convert(i, field, value, out var converted, out var reason))
            {
                Tally.Valid[i]++;
                values[i] = converted;
            }
            else
            {
                Reject(ref rejections, rowNumber, key, field.Name, reason, value);
            }
        }

        if (rejections is not null)
            return new RowOutcome(null, rejections);

        var record = new MigrationRecord(rowNumber, key!, values, _fieldIndex);
        foreach (var rule in _rules)
        {
            if (rule.Check(record, _today) is { } failure)
                Reject(ref rejections, rowNumber, key, failure.Field, failure.Reason, Describe(record.Values[_fieldIndex[failure.Field]]));
        }

        if (rejections is null && _uniqueField >= 0 && values[_uniqueField] is string unique && _unique!.Conflict(unique, rowNumber, key!) is { } conflict)
            Reject(ref rejections, rowNumber, key, _unique.Field, conflict.Reason, conflict.Value);

        return rejections is null ? new RowOutcome(record, []) : new RowOutcome(null, rejections);
    }

    private static void Reject(ref List<Rejection>? rejections, long rowNumber, string? key, string field, string reason, string? value) =>
        (rejections ??= []).Add(new Rejection(rowNumber, key, field, reason, value));

    public IReadOnlyDictionary<string, int> FieldIndex => _fieldIndex;

    private bool Convert(int index, TargetField field, string value, out object? converted, out string reason)
    {
        converted = null;
        reason = "";
        switch (field.Kind)
        {
            case FieldKind.Date:
                if (!FieldParsers.Date(value, _mapping.DateFormats, _today, out var date, out reason))
                    return false;
                converted = Box(date);
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
                var code = _codeMap[index] is { } map && map.TryGetValue(value, out var mapped) ? mapped : value;
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

                converted = flag ? True : False;
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

    /// <summary>The date boxed, sharing one box per date from 1900 to today (every date that passes).</summary>
    private object Box(DateOnly date)
    {
        var slot = date.DayNumber - _firstBoxedDay;
        if ((uint)slot >= (uint)_dateBoxes.Length)
            return date;
        return _dateBoxes[slot] ??= date;
    }

    /// <summary>The value trimmed, or null when missing or blank; the same string when there is nothing to trim.</summary>
    private static string? Raw(string?[] raw, int column)
    {
        if ((uint)column >= (uint)raw.Length)
            return null;
        var value = raw[column];
        if (string.IsNullOrEmpty(value))
            return null;
        if (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]))
            return value;
        value = value.Trim();
        return value.Length == 0 ? null : value;
    }

    private static string? Describe(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
