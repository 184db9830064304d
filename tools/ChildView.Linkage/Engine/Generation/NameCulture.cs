namespace ChildView.Linkage.Generation;

/// <summary>
/// The naming customs of one community in a UK county: its surnames and its given names by sex and
/// birth cohort, commonest first. A household draws all its names from one culture, as families do.
/// </summary>
/// <param name="Share">Share of households (relative to the other cultures).</param>
/// <param name="MotherKeepsOwnSurname">Share of two-parent households where the mother's surname differs from the children's.</param>
/// <param name="DoubleSurnameShare">Share of two-parent households whose children carry both parents' surnames.</param>
public sealed record NameCulture(
    string Name,
    double Share,
    RankedSampler<string> Surnames,
    CohortNames Girls,
    CohortNames Boys,
    double MotherKeepsOwnSurname,
    double DoubleSurnameShare)
{
    public CohortNames GivenNames(char sex) => sex == 'F' ? Girls : Boys;
}

/// <summary>Given names by birth cohort: what parents born before 2000 were called, and children born in each decade since.</summary>
public sealed class CohortNames(string[] bornBefore2000, string[] born2000s, string[] born2010s, string[] born2020s, double exponent = 0.9)
{
    private readonly RankedSampler<string>[] cohorts =
        [new(bornBefore2000, exponent), new(born2000s, exponent), new(born2010s, exponent), new(born2020s, exponent)];

    /// <summary>One list for every cohort: communities whose naming changes little between generations.</summary>
    public CohortNames(string[] names) : this(names, names, names, names)
    {
    }

    public IEnumerable<string> All => cohorts.SelectMany(c => c.Items).Distinct(StringComparer.Ordinal);

    public RankedSampler<string> For(int birthYear) => cohorts[birthYear switch
    {
        < 2000 => 0,
        < 2010 => 1,
        < 2020 => 2,
        _ => 3,
    }];
}
