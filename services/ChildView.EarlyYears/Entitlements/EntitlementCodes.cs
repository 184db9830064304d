namespace ChildView.EarlyYears.Entitlements;

/// <summary>The funded early education entitlements, as stable codes.</summary>
public static class EntitlementTypes
{
    /// <summary>15 hours for disadvantaged 2-year-olds; needs a <see cref="TwoYearOldBasis"/>.</summary>
    public const string TwoYearOld = "two-year-old";

    /// <summary>15 hours for every 3- and 4-year-old.</summary>
    public const string Universal15Hours = "universal-15-hours";

    /// <summary>30 hours for 3- and 4-year-olds of working parents; needs an HMRC eligibility code.</summary>
    public const string Extended30Hours = "extended-30-hours";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([TwoYearOld, Universal15Hours, Extended30Hours], StringComparer.Ordinal);

    public static int HoursPerWeek(string type) => type == Extended30Hours ? 30 : 15;

    /// <summary>The birthday after which (from the next term) the entitlement starts.</summary>
    public static int QualifyingAge(string type) => type == TwoYearOld ? 2 : 3;

    /// <summary>The birthday from whose next term the entitlement no longer applies: the universal offer at 3, school age at 5.</summary>
    public static int EndingAge(string type) => type == TwoYearOld ? 3 : 5;
}

/// <summary>Why a 2-year-old is funded (DfE early years census basis codes).</summary>
public static class TwoYearOldBasis
{
    /// <summary>Economic criteria (the family gets a qualifying benefit).</summary>
    public const string EconomicCriteria = "ECO";

    /// <summary>High-level SEN or disability (EHC plan or disability living allowance).</summary>
    public const string HighLevelSenOrDisability = "HSD";

    /// <summary>Looked after, or left care through adoption, a special guardianship or a child arrangements order.</summary>
    public const string LookedAfterOrAdopted = "LAA";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([EconomicCriteria, HighLevelSenOrDisability, LookedAfterOrAdopted], StringComparer.Ordinal);
}

/// <summary>
/// Funding starts in the term after the qualifying birthday. Terms start on 1 January, 1 April and
/// 1 September, so a child whose birthday falls 1 Sep–31 Dec qualifies from 1 January, 1 Jan–31 Mar
/// from 1 April, and 1 Apr–31 Aug from 1 September. A birthday on a term's first day counts for the
/// next term ("the term after"). A 29 February birthday counts as 28 February in other years.
/// </summary>
public static class FundingTerms
{
    public static DateOnly TermAfter(DateOnly day) =>
        day < new DateOnly(day.Year, 4, 1) ? new DateOnly(day.Year, 4, 1)
        : day < new DateOnly(day.Year, 9, 1) ? new DateOnly(day.Year, 9, 1)
        : new DateOnly(day.Year + 1, 1, 1);

    /// <summary>The first day of the term after the child's <paramref name="age"/>th birthday.</summary>
    public static DateOnly TermAfterBirthday(DateOnly dateOfBirth, int age) => TermAfter(dateOfBirth.AddYears(age));
}
