using ChildView.Contracts.CodeSets;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.CareFamilyMembers;
using ChildView.SocialCare.ChildProtectionPlans;
using ChildView.SocialCare.LookedAfterEpisodes;
using ChildView.SocialCare.Referrals;
using ChildView.SocialCare.Section47Enquiries;

namespace ChildView.UnitTests.Domains.SocialCare;

/// <summary>The census code sets hold exactly the published codes: nothing missing, nothing invented, case matters.</summary>
public sealed class CodeSetTests
{
    public static TheoryData<string, IReadOnlySet<string>, string[]> Sets => new()
    {
        { "referral source", CinCodes.ReferralSources, ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"] },
        { "primary need", CinCodes.PrimaryNeeds, ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"] },
        { "reason for closure", CinCodes.ClosureReasons, ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"] },
        { "category of abuse", AbuseCategories.All, ["NEG", "PHY", "SAB", "EMO", "MUL"] },
        { "section 47 outcome", Section47Outcomes.All, ["NFA", "CIN", "ICPC"] },
        { "legal status", Ssda903Codes.LegalStatuses, ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"] },
        { "placement provider", Ssda903Codes.PlacementProviders, ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"] },
        { "reason for new episode", Ssda903Codes.ReasonsForNewEpisode, ["S", "L", "P", "T", "U", "B"] },
        {
            "placement type", Ssda903Codes.PlacementTypes,
            ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"]
        },
        {
            "reason episode ceased", Ssda903Codes.ReasonsEpisodeCeased,
            ["E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "X1"]
        },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_code_set_is_exactly_the_published_list(string name, IReadOnlySet<string> set, string[] expected)
    {
        Assert.True(set.SetEquals(expected), $"{name}: got {string.Join(",", set.Order())}");
        Assert.Equal(expected.Length, set.Count);
    }

    [Theory]
    [InlineData("RC0")]
    [InlineData("RC10")]
    [InlineData("rc1")]
    [InlineData("")]
    public void Codes_outside_the_set_are_rejected_by_OneOf(string code)
    {
        var errors = new ValidationErrors().OneOf("reasonForClosure", code, CinCodes.ClosureReasons).ToDictionary();

        Assert.Contains("is not one of", Assert.Single(errors["reasonForClosure"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PR6")]
    [InlineData("P2")]
    [InlineData("C3")]
    [InlineData("neg")]
    public void Near_misses_are_not_codes(string code)
    {
        Assert.False(Ssda903Codes.PlacementProviders.Contains(code));
        Assert.False(Ssda903Codes.PlacementTypes.Contains(code));
        Assert.False(Ssda903Codes.LegalStatuses.Contains(code));
        Assert.False(AbuseCategories.All.Contains(code));
    }

    [Fact]
    public void Family_relationships_include_parents_carers_and_siblings_and_only_elders_must_predate_the_child()
    {
        Assert.Contains(FamilyRelationships.Mother, FamilyRelationships.All);
        Assert.Contains(FamilyRelationships.FosterCarer, FamilyRelationships.All);
        Assert.Contains(FamilyRelationships.Sibling, FamilyRelationships.All);
        Assert.True(FamilyRelationships.Elders.IsSubsetOf(FamilyRelationships.All));
        Assert.DoesNotContain(FamilyRelationships.Sibling, FamilyRelationships.Elders);
    }
}
