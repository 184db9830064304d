using ChildView.Education.Attendance;

namespace ChildView.UnitTests.Domains.Education;

public sealed class SchoolTermTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)] // the latest possible Easter
    [InlineData(2285, 3, 22)] // the earliest possible Easter
    public void Easter_sunday_is_computed(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), SchoolTerms.EasterSunday(year));
    }

    [Theory]
    [InlineData("2025-09-01", 2025, "autumn")]
    [InlineData("2025-12-31", 2025, "autumn")]
    [InlineData("2026-01-01", 2025, "spring")]
    [InlineData("2026-04-05", 2025, "spring")] // Easter Sunday ends spring
    [InlineData("2026-04-06", 2025, "summer")] // Easter Monday starts summer
    [InlineData("2026-07-31", 2025, "summer")]
    [InlineData("2025-04-19", 2024, "spring")] // Easter 2025 is 20 April: a mid-April date is still spring
    [InlineData("2024-04-01", 2023, "summer")] // Easter 2024 is 31 March: 1 April is already summer
    public void A_date_falls_in_its_census_term(string date, int academicYearStart, string term)
    {
        var found = SchoolTerms.TermOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(found);
        Assert.Equal(academicYearStart, found.AcademicYearStart);
        Assert.Equal(term, found.Term);
    }

    [Theory]
    [InlineData("2026-08-01")]
    [InlineData("2026-08-31")]
    public void August_is_in_no_term(string date)
    {
        Assert.Null(SchoolTerms.TermOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_terms_of_a_year_are_contiguous_from_september_to_july()
    {
        var autumn = SchoolTerms.For(2025, SchoolTerms.Autumn);
        var spring = SchoolTerms.For(2025, SchoolTerms.Spring);
        var summer = SchoolTerms.For(2025, SchoolTerms.Summer);

        Assert.Equal(new DateOnly(2025, 9, 1), autumn.Start);
        Assert.Equal(autumn.End.AddDays(1), spring.Start);
        Assert.Equal(spring.End.AddDays(1), summer.Start);
        Assert.Equal(new DateOnly(2026, 7, 31), summer.End);
    }

    [Theory]
    [InlineData(2025, "2025/26")]
    [InlineData(2099, "2099/00")]
    [InlineData(2008, "2008/09")]
    public void The_academic_year_is_labelled_as_the_census_does(int start, string label)
    {
        Assert.Equal(label, SchoolTerms.For(start, SchoolTerms.Autumn).AcademicYear);
    }

    [Fact]
    public void An_unknown_term_name_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SchoolTerms.For(2025, "winter"));
    }
}
