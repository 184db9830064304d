using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Records;
using ChildView.Linkage.Similarity;

namespace ChildView.Linkage.Blocking;

/// <summary>
/// Records with equal, non-null keys become candidate pairs. <see cref="Fields"/> names the fields
/// the key uses: EM trained on this rule's pairs must not learn those fields' m-probabilities,
/// because every pair agrees on them by construction.
/// </summary>
public sealed record BlockingRule(string Name, PersonField Fields, Func<PersonRecord, string?> Key)
{
    /// <summary>Several rules, each tolerant of different corruptions, so a pair needs to survive only one.</summary>
    public static IReadOnlyList<BlockingRule> Standard { get; } =
    [
        new("surname_soundex+dob_year", PersonField.Surname | PersonField.DateOfBirth,
            r => Join(Soundex.Encode(r.Surname), r.DateOfBirth.Year?.ToString())),
        new("given_prefix+postcode", PersonField.GivenName | PersonField.Postcode,
            r => Join(Prefix(r.GivenName, 3), r.Postcode)),
        new("dob", PersonField.DateOfBirth,
            r => r.DateOfBirth is { Day: { } d, Month: { } m, Year: { } y } ? $"{y}-{m}-{d}" : null),
        new("strong_id", PersonField.StrongId, r => r.StrongId),
        // Halves of the id: a keying slip in one half still leaves the other half to meet on.
        new("strong_id_first_half", PersonField.StrongId, r => r.StrongId is { Length: >= 6 } id ? id[..(id.Length / 2)] : null),
        new("strong_id_second_half", PersonField.StrongId, r => r.StrongId is { Length: >= 6 } id ? id[(id.Length / 2)..] : null),
        new("postcode+street_number", PersonField.Postcode | PersonField.Address,
            r => Join(r.Postcode, r.Address.StreetNumber)),
        new("surname_prefix+street_number", PersonField.Surname | PersonField.Address,
            r => Join(Prefix(r.Surname, 3), r.Address.StreetNumber)),
        // Order-free, so records with given name and surname swapped still meet.
        new("name_prefixes_any_order", PersonField.GivenName | PersonField.Surname,
            r => Unordered(Prefix(r.GivenName, 2), Prefix(r.Surname, 2))),
    ];

    private static string? Prefix(string? value, int length) => value is null ? null : value.Length <= length ? value : value[..length];

    private static string? Unordered(string? a, string? b) =>
        a is null || b is null ? null : string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static string? Join(string? a, string? b) => a is null || b is null ? null : $"{a}|{b}";
}
