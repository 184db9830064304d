namespace ChildView.Linkage.Generation;

/// <summary>
/// The shape of a generated population and how faithfully services record it. Household rates follow
/// UK figures roughly (twin births about 1.6 %, a household in eight moving between two extracts);
/// record rates are per record and scaled by each source's <see cref="SourceSystem.ErrorScale"/>.
/// </summary>
public sealed record PopulationOptions
{
    /// <summary>People to generate (parents and children; whole households, so a few more at most).</summary>
    public int People { get; init; } = 100_000;

    public int Seed { get; init; } = 20261205;

    /// <summary>The day the extracts are taken: ages, school entry and birth dates are relative to it.</summary>
    public DateOnly ExtractDate { get; init; } = new(2026, 1, 1);

    public double TwinBirthRate { get; init; } = 0.016;
    public double NamesakeSonRate { get; init; } = 0.05;
    public double NamesakeDaughterRate { get; init; } = 0.02;

    /// <summary>Of twins, the share given look-alike names (same initial: Aiden and Amelia, Harry and Holly).</summary>
    public double TwinsAlikeNamesRate { get; init; } = 0.3;

    /// <summary>A given name from outside the household culture's ranked list (any community's, any decade's).</summary>
    public double RareGivenNameRate { get; init; } = 0.12;

    public double StepFamilyRate { get; init; } = 0.05;

    /// <summary>Of step-family children, those who take the step-father's surname (recorded by some services only).</summary>
    public double StepSurnameRate { get; init; } = 0.5;

    public double MoveRate { get; init; } = 0.12;

    /// <summary>Parents recorded by at least one service (as a family member).</summary>
    public double ParentRecordRate { get; init; } = 0.45;

    public double TypoRate { get; init; } = 0.02;

    /// <summary>Of names that have other spellings, the share a record spells differently from the person's own.</summary>
    public double SpellingVariantRate { get; init; } = 0.25;

    public double InitialRate { get; init; } = 0.005;
    public double SwappedNamesRate { get; init; } = 0.004;
    public double DayMonthSwapRate { get; init; } = 0.01;
    public double YearOffByOneRate { get; init; } = 0.005;
    public double DobPartWrongRate { get; init; } = 0.005;
    public double DobPartMissingRate { get; init; } = 0.01;
    public double SexErrorRate { get; init; } = 0.003;
    public double IdTypoRate { get; init; } = 0.01;

    /// <summary>An NHS number copied from a sibling's record: valid, and wrong.</summary>
    public double SiblingNhsRate { get; init; } = 0.003;
}
