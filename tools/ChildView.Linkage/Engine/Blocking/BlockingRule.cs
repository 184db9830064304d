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
        new("dob", PersonField.DateOfBirth, FullDate),
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

    /// <summary>
    /// <see cref="Standard"/> and a name with the full date of birth, for a county's children at scale: there the
    /// date-only and name-prefix blocks outgrow the pair budget and are skipped, and a child who moved (address
    /// disagreeing) would meet their earlier record nowhere. Name-and-date blocks stay small at any size. Not in
    /// <see cref="Standard"/>: each rule is also an EM session, and on small adult sets (RLdata) two more sessions
    /// on names and date shift the model for no blocking gain.
    /// </summary>
    public static IReadOnlyList<BlockingRule> Children { get; } =
    [
        .. Standard,
        new("surname_soundex+dob", PersonField.Surname | PersonField.DateOfBirth, r => Join(Soundex.Encode(r.Surname), FullDate(r))),
        new("given_soundex+dob", PersonField.GivenName | PersonField.DateOfBirth, r => Join(Soundex.Encode(r.GivenName), FullDate(r))),
    ];

    private static string? FullDate(PersonRecord r) =>
        r.DateOfBirth is { Day: { } d, Month: { } m, Year: { } y } ? $"{y}-{m}-{d}" : null;

    private static string? Prefix(string? value, int length) => value is null ? null : value.Length <= length ? value : value[..length];

    private static string? Unordered(string? a, string? b) =>
        a is null || b is null ? null : string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static string? Join(string? a, string? b) => a is null || b is null ? null : $"{a}|{b}";
}
