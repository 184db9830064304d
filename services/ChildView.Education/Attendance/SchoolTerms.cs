namespace ChildView.Education.Attendance;

/// <summary>One term of one academic year, e.g. the spring term of 2025/26.</summary>
public sealed record SchoolTerm(int AcademicYearStart, string Term, DateOnly Start, DateOnly End)
{
    public string AcademicYear => $"{AcademicYearStart}/{(AcademicYearStart + 1) % 100:D2}";
}

/// <summary>
/// The census terms, fixed county-wide so every school's sessions fall in the same term:
/// autumn 1 September – 31 December; spring 1 January – Easter Sunday; summer Easter Monday – 31 July.
/// Easter is the boundary because the spring term ends at the Easter holiday, which moves between
/// late March and late April. August has no term (schools do not meet), so sessions then are refused.
/// </summary>
public static class SchoolTerms
{
    public const string Autumn = "autumn";
    public const string Spring = "spring";
    public const string Summer = "summer";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Autumn, Spring, Summer], StringComparer.Ordinal);

    /// <summary>The term a session date falls in, or null in August.</summary>
    public static SchoolTerm? TermOf(DateOnly date)
    {
        if (date.Month >= 9)
        {
            return For(date.Year, Autumn);
        }

        if (date.Month == 8)
        {
            return null;
        }

        var spring = For(date.Year - 1, Spring);
        return date <= spring.End ? spring : For(date.Year - 1, Summer);
    }

    public static SchoolTerm For(int academicYearStart, string term)
    {
        var calendarYear = academicYearStart + 1;
        var easter = EasterSunday(calendarYear);
        return term switch
        {
            Autumn => new SchoolTerm(academicYearStart, Autumn, new DateOnly(academicYearStart, 9, 1), new DateOnly(academicYearStart, 12, 31)),
            Spring => new SchoolTerm(academicYearStart, Spring, new DateOnly(calendarYear, 1, 1), easter),
            Summer => new SchoolTerm(academicYearStart, Summer, easter.AddDays(1), new DateOnly(calendarYear, 7, 31)),
            _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Not a school term."),
        };
    }

    /// <summary>Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
