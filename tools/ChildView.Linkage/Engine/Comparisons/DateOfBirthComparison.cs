using ChildView.Linkage.Records;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// Date of birth by distance: exact / day and month swapped (US-vs-UK entry) / one part missing, the rest
/// equal / one part different, the rest equal / within a year / under ten years apart / ten or more years
/// apart. The last level is strong disagreement: a parent and a child sharing a name and an address differ
/// here and nowhere else. Missing entirely on either side → no evidence. Exact agreement is term-frequency
/// adjusted, but only downwards: defaulted dates (1 January) are common, and a date two records share is
/// not rare just because a small file holds it twice.
/// </summary>
public sealed class DateOfBirthComparison : ITermFrequencyComparison
{
    public const int Exact = 0, DayMonthSwapped = 1, OnePartMissing = 2, OnePartDifferent = 3, WithinAYear = 4, Different = 5, DecadeApart = 6;

    /// <summary>Birth years at least this far apart are different generations, never one person mistyped.</summary>
    public const int DecadeYears = 10;

    public string Name => "date_of_birth";

    public IReadOnlyList<string> LevelNames { get; } =
        ["exact", "day-month swapped", "one part missing", "one part different", "within a year", "under 10 years apart", "10+ years apart"];

    public PersonField Fields => PersonField.DateOfBirth;

    public bool RareValuesWeighMore => false;

    public string? Term(PersonRecord record) => record.DateOfBirth.IsEmpty ? null : record.DateOfBirth.ToString();

    public int Compare(PersonRecord a, PersonRecord b) => Level(a.DateOfBirth, b.DateOfBirth);

    public static int Level(PartialDate a, PartialDate b)
    {
        if (a.IsEmpty || b.IsEmpty)
            return IComparison.Missing;

        var missing = 0;
        var different = 0;
        Tally(a.Day, b.Day, ref missing, ref different);
        Tally(a.Month, b.Month, ref missing, ref different);
        Tally(a.Year, b.Year, ref missing, ref different);

        if (missing == 0 && different == 0)
            return Exact;
        if (missing == 0 && a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
            return DayMonthSwapped;
        if (missing == 1 && different == 0)
            return OnePartMissing;
        if (missing == 0 && different == 1)
            return OnePartDifferent;
        if (YearsApart(a, b) >= DecadeYears)
            return DecadeApart;
        return DaysApart(a, b) is <= 366 ? WithinAYear : Different;
    }

    /// <summary>How many years apart the birth years are; null when either is unknown.</summary>
    public static int? YearsApart(PartialDate a, PartialDate b) => a.Year is { } x && b.Year is { } y ? Math.Abs(x - y) : null;

    private static int? DaysApart(PartialDate a, PartialDate b) =>
        AsDate(a) is { } x && AsDate(b) is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    private static DateOnly? AsDate(PartialDate date) =>
        date is { Day: { } d, Month: { } m, Year: { } y } && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d) : null;

    private static void Tally(int? a, int? b, ref int missing, ref int different)
    {
        if (a is null || b is null)
            missing++;
        else if (a != b)
            different++;
    }
}
