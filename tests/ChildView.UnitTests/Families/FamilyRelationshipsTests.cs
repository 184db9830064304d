using System.Reflection;
using ChildView.ChildProfile.Families;

namespace ChildView.UnitTests.Families;

public sealed class FamilyRelationshipsTests
{
    /// <summary>Every service's relationship codes, read from the services themselves so a new code cannot slip past.</summary>
    public static TheoryData<string> ServiceCodes()
    {
        var sets = new[]
        {
            typeof(ChildView.Education.FamilyMembers.FamilyRelationships),
            typeof(ChildView.SocialCare.CareFamilyMembers.FamilyRelationships),
            typeof(ChildView.YouthOffending.FamilyMembers.Relationships),
            typeof(ChildView.EarlyYears.FamilyMembers.Relationships),
        };
        var data = new TheoryData<string>();
        foreach (var code in sets.SelectMany(t => (IEnumerable<string>)t.GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Distinct())
        {
            data.Add(code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ServiceCodes))]
    public void Every_services_relationship_code_has_a_meaning(string code)
    {
        var (name, _) = FamilyRelationships.Classify(code);

        Assert.True(name != "other" || code == "other", $"{code} is not mapped");
    }

    [Theory]
    [InlineData("PAM", "mother", true)]
    [InlineData("mother", "mother", true)]
    [InlineData("STF", "step-parent", true)]
    [InlineData("kinship-carer", "kinship-carer", true)]
    [InlineData("foster-carer", "foster-carer", false)]
    [InlineData("FOM", "foster-carer", false)]
    [InlineData("GRM", "grandparent", false)]
    [InlineData("SIB", "sibling", false)]
    public void Only_parents_and_family_carers_join_children_into_one_family(string code, string name, bool joins)
    {
        var (mapped, kind) = FamilyRelationships.Classify(code);

        Assert.Equal(name, mapped);
        Assert.Equal(joins, FamilyRelationships.Joins(kind));
    }
}
