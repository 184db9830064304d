using ChildView.EarlyYears.Entitlements;
using static ChildView.UnitTests.Domains.EarlyYears.EarlyYearsTestData;

namespace ChildView.UnitTests.Domains.EarlyYears;

public sealed class FundingTermTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-04-01")]
    [InlineData("2024-03-31", "2024-04-01")]
    [InlineData("2024-04-01", "2024-09-01")]
    [InlineData("2024-08-31", "2024-09-01")]
    [InlineData("2024-09-01", "2025-01-01")]
    [InlineData("2024-12-31", "2025-01-01")]
    public void Funding_starts_the_term_after_the_day(string day, string termStart) =>
        Assert.Equal(DateOnly.Parse(termStart), FundingTerms.TermAfter(DateOnly.Parse(day)));

    [Fact]
    public void The_term_after_a_birthday_counts_from_the_birthday_in_that_year()
    {
        Assert.Equal(new DateOnly(2027, 1, 1), FundingTerms.TermAfterBirthday(new DateOnly(2023, 10, 15), 3));
        Assert.Equal(new DateOnly(2026, 4, 1), FundingTerms.TermAfterBirthday(new DateOnly(2024, 2, 29), 2));
    }

    [Fact]
    public void Hours_and_ages_follow_the_entitlement()
    {
        Assert.Equal(15, EntitlementTypes.HoursPerWeek(EntitlementTypes.TwoYearOld));
        Assert.Equal(15, EntitlementTypes.HoursPerWeek(EntitlementTypes.Universal15Hours));
        Assert.Equal(30, EntitlementTypes.HoursPerWeek(EntitlementTypes.Extended30Hours));
        Assert.Equal(["ECO", "HSD", "LAA"], TwoYearOldBasis.All.Order(StringComparer.Ordinal));
    }
}

public sealed class FundedEntitlementValidationTests
{
    // Born 15 October 2023: 2 on 15 Oct 2025 (funded from 1 Jan 2026), 3 on 15 Oct 2026 (funded from 1 Jan 2027).
    private static readonly DateOnly Born = new(2023, 10, 15);

    private static RecordFundedEntitlementRequest TwoYearOld(string? basis = TwoYearOldBasis.EconomicCriteria, string start = "2026-01-01") =>
        new(Child(Born), EntitlementTypes.TwoYearOld, basis, null, DateOnly.Parse(start));

    private static IReadOnlyDictionary<string, string[]> Errors(RecordFundedEntitlementRequest request) => request.Validate(Today).ToDictionary();

    [Theory]
    [InlineData("ECO")]
    [InlineData("HSD")]
    [InlineData("LAA")]
    public void A_two_year_old_with_a_basis_from_the_term_after_the_birthday_is_valid(string basis) => Assert.Empty(Errors(TwoYearOld(basis)));

    [Theory]
    [InlineData(null)]
    [InlineData("eco")]
    [InlineData("WP")]
    public void A_two_year_old_needs_a_known_basis(string? basis) => Assert.Contains("basis", Errors(TwoYearOld(basis)).Keys);

    [Fact]
    public void A_two_year_old_entitlement_may_not_start_before_the_term_after_the_second_birthday()
    {
        Assert.Contains("startDate", Errors(TwoYearOld(start: "2025-12-31")).Keys);
        Assert.Contains("startDate", Errors(TwoYearOld(start: "2025-10-15")).Keys);
    }

    [Fact]
    public void A_two_year_old_entitlement_gives_way_to_the_universal_one_at_the_term_after_the_third_birthday()
    {
        var late = new RecordFundedEntitlementRequest(Child(new DateOnly(2022, 10, 15)), EntitlementTypes.TwoYearOld, "ECO", null, new DateOnly(2026, 1, 1));

        Assert.Contains("startDate", Errors(late).Keys);
        Assert.Empty(Errors(late with { StartDate = new DateOnly(2025, 12, 31) }));
    }

    [Fact]
    public void Universal_hours_start_the_term_after_the_third_birthday_and_have_no_basis_or_code()
    {
        var universal = new RecordFundedEntitlementRequest(Child(Born), EntitlementTypes.Universal15Hours, null, null, new DateOnly(2027, 1, 1));

        Assert.Empty(Errors(universal));
        Assert.Contains("startDate", Errors(universal with { StartDate = new DateOnly(2026, 12, 31) }).Keys);
        var threeNow = new RecordFundedEntitlementRequest(Child(new DateOnly(2023, 3, 10)), EntitlementTypes.Universal15Hours, null, null, new DateOnly(2026, 9, 1));
        Assert.Empty(Errors(threeNow));
        Assert.Contains("startDate", Errors(threeNow with { StartDate = new DateOnly(2026, 3, 31) }).Keys);
        Assert.Contains("basis", Errors(threeNow with { Basis = "ECO" }).Keys);
        Assert.Contains("eligibilityCode", Errors(threeNow with { EligibilityCode = "50012345678" }).Keys);
    }

    [Fact]
    public void A_two_year_old_is_not_eligible_for_universal_hours()
    {
        var tooYoung = new RecordFundedEntitlementRequest(Child(Born), EntitlementTypes.Universal15Hours, null, null, new DateOnly(2026, 9, 1));

        Assert.Equal(["startDate"], Errors(tooYoung).Keys);
    }

    [Fact]
    public void Universal_hours_end_at_compulsory_school_age()
    {
        var fiveYearOld = new RecordFundedEntitlementRequest(Child(new DateOnly(2021, 2, 1)), EntitlementTypes.Universal15Hours, null, null, new DateOnly(2026, 4, 1));

        Assert.Contains("startDate", Errors(fiveYearOld).Keys);
        Assert.Empty(Errors(fiveYearOld with { StartDate = new DateOnly(2026, 3, 31) }));
    }

    [Fact]
    public void Extended_hours_need_an_eleven_digit_eligibility_code()
    {
        var extended = new RecordFundedEntitlementRequest(Child(new DateOnly(2023, 3, 10)), EntitlementTypes.Extended30Hours, null, "500 1234 5678", new DateOnly(2026, 9, 1));

        Assert.Empty(Errors(extended));
        Assert.Equal("50012345678", extended.NormalisedEligibilityCode);
        Assert.Contains("eligibilityCode", Errors(extended with { EligibilityCode = null }).Keys);
        Assert.Contains("eligibilityCode", Errors(extended with { EligibilityCode = "5001234567" }).Keys);
        Assert.Contains("eligibilityCode", Errors(extended with { EligibilityCode = "5001234567X" }).Keys);
        Assert.Contains("basis", Errors(extended with { Basis = "HSD" }).Keys);
        Assert.Contains("startDate", Errors(extended with { Child = Child(Born) }).Keys);
    }

    [Fact]
    public void Impossible_dates_and_unknown_types_are_rejected()
    {
        Assert.Contains("entitlementType", Errors(TwoYearOld() with { EntitlementType = "15-hours" }).Keys);
        Assert.Contains("startDate", Errors(TwoYearOld() with { StartDate = null }).Keys);
        Assert.Contains("startDate", Errors(TwoYearOld() with { StartDate = Today.AddYears(1).AddDays(1) }).Keys);
        Assert.Contains("endDate", Errors(TwoYearOld() with { EndDate = new DateOnly(2025, 12, 31) }).Keys);
        Assert.Contains("endDate", Errors(TwoYearOld() with { EndDate = Today.AddDays(1) }).Keys);
        Assert.Empty(Errors(TwoYearOld() with { EndDate = new DateOnly(2026, 7, 31) }));
    }

    [Fact]
    public void Recording_with_an_end_closes_the_entitlement()
    {
        var entitlement = new FundedEntitlement { Id = Guid.NewGuid(), Child = ChildView.ServiceKit.Children.ChildDetailsValidation.ToDetails(Child(Born)), EntitlementType = "" };
        (TwoYearOld() with { EndDate = new DateOnly(2026, 7, 31) }).ApplyTo(entitlement);

        Assert.Equal(ChildView.Contracts.IntegrationEvents.RecordState.Closed, entitlement.State);
        Assert.Equal(15, entitlement.HoursPerWeek);
    }
}
