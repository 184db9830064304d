using ChildView.Linkage.Records;

namespace ChildView.Linkage.Comparisons;

/// <summary>
/// Date of birth: exact / day and month swapped (US-vs-UK entry) / one part missing, the rest equal /
/// one part different, the rest equal / else. Missing entirely on either side → no evidence.
/// </summary>
public sealed class DateOfBirthComparison : IComparison
{
    public const int Exact = 0, DayMonthSwapped = 1, OnePartMissing = 2, OnePartDifferent = 3, Different = 4;

    public string Name => "date_of_birth";

    public IReadOnlyList<string> LevelNames { get; } = ["exact", "day-month swapped", "one part missing", "one part different", "else"];

    public PersonField Fields => PersonField.DateOfBirth;

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
        return Different;
    }

    private static void Tally(int? a, int? b, ref int missing, ref int different)
    {
        if (a is null || b is null)
            missing++;
        else if (a != b)
            different++;
    }
}
