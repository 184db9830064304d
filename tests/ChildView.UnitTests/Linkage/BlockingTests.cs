using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Blocking;
using ChildView.Linkage.Similarity;

namespace ChildView.UnitTests.Linkage;

public sealed class BlockingTests
{
    [Fact]
    public void A_pair_found_by_several_rules_is_a_single_candidate_remembering_each_rule()
    {
        var records = new[] { People.Person(id: "a"), People.Person(id: "b", given: "olivai"), People.Person(id: "c", given: "zed", surname: "quill", dob: "19990101", postcode: "M1 1AA", number: "9") };

        var pairs = new CandidateGenerator(BlockingRule.Standard).Dedupe(records);

        var pair = Assert.Single(pairs);
        Assert.Equal((0, 1), (pair.Left, pair.Right));
        Assert.True(pair.FromRule(0));  // surname soundex + year
        Assert.True(pair.FromRule(2));  // full date of birth
    }

    [Fact]
    public void Over_the_pair_budget_the_largest_blocks_are_dropped_and_counted()
    {
        var bySurname = new BlockingRule("surname", PersonField.Surname, r => r.Surname);
        var records = new[]
        {
            People.Person(id: "a1", surname: "smith"), People.Person(id: "a2", surname: "smith"), People.Person(id: "a3", surname: "smith"),
            People.Person(id: "b1", surname: "quill"), People.Person(id: "b2", surname: "quill"),
        };
        // Budget 0.5 × 5 records = 2 pairs: the "quill" block (1 pair) fits, "smith" (3 pairs) would not.
        var generator = new CandidateGenerator([bySurname], maxBlockSize: 2000, pairBudgetPerRecord: 0.5);

        var pairs = generator.Dedupe(records);

        Assert.Equal([(3, 4)], pairs.Select(p => (p.Left, p.Right)));
        Assert.Equal(3, generator.DroppedPairs);
        Assert.Equal(1, generator.DroppedBlocks);
    }

    [Fact]
    public void Linking_pairs_only_across_the_two_lists()
    {
        var left = new[] { People.Person(id: "a"), People.Person(id: "a2") };
        var right = new[] { People.Person(id: "b") };
        var pairs = new CandidateGenerator(BlockingRule.Standard).Link(left, right);
        Assert.Equal([(0, 0), (1, 0)], pairs.Select(p => (p.Left, p.Right)));
    }

    [Theory]
    [InlineData("robert", "R163")]
    [InlineData("rupert", "R163")]
    [InlineData("ashcraft", "A261")] // h does not separate s and c
    [InlineData("tymczak", "T522")]
    [InlineData("lee", "L000")]
    public void Soundex_codes(string name, string code) => Assert.Equal(code, Soundex.Encode(name));

    [Theory]
    [InlineData("4137877", "4137787", true)]  // adjacent swap
    [InlineData("4137877", "4137870", true)]  // substitution
    [InlineData("4137877", "413787", true)]   // deletion
    [InlineData("4137877", "4173787", false)]
    public void One_keying_slip(string a, string b, bool expected) => Assert.Equal(expected, EditDistance.WithinOneEdit(a, b));
}
