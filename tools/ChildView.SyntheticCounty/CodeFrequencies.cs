namespace ChildView.SyntheticCounty;

/// <summary>Approximate national shares of each code, so generated data looks like a real county's.</summary>
internal static class CodeFrequencies
{
    public static readonly (string, double)[] ReferralSources =
        [("6", 29), ("2A", 19), ("3A", 5), ("3B", 4), ("3E", 3), ("3F", 2), ("5A", 6), ("5D", 5), ("1A", 7), ("1C", 2), ("4", 2), ("8", 6), ("9", 1), ("10", 9)];

    public static readonly (string, double)[] PrimaryNeeds =
        [("N1", 57), ("N2", 4), ("N3", 2), ("N4", 9), ("N5", 15), ("N6", 1), ("N7", 2), ("N8", 10)];

    public static readonly (string, double)[] CategoriesOfAbuse =
        [("NEG", 50), ("EMO", 37), ("PHY", 7), ("SAB", 4), ("MUL", 2)];

    public static readonly (string, double)[] LegalStatuses =
        [("C2", 60), ("C1", 12), ("V2", 15), ("E1", 8), ("L2", 2), ("J1", 2), ("D1", 1)];

    public static readonly (string, double)[] YouthOutcomes =
    [
        ("community-resolution", 25), ("youth-caution", 20), ("youth-conditional-caution", 15), ("referral-order", 22),
        ("youth-rehabilitation-order", 12), ("reparation-order", 2), ("detention-and-training-order", 3), ("section-90-91-detention", 1),
    ];

    /// <summary>Households differ in need: most low, a few very high. The mean multiplier is 1, so overall rates hold.</summary>
    public static readonly (double Multiplier, double Weight)[] HouseholdNeed = [(0.5, 80), (2.0, 15), (6.0, 5)];
}
