using ChildView.Contracts.Identifiers;

namespace ChildView.UnitTests.Identifiers;

public sealed class UniquePupilNumberTests
{
    [Theory]
    [InlineData("B801200005001")] // DfE's published test vector
    [InlineData("D830200106012")]
    [InlineData("T830200106013")]
    public void Accepts_upns_whose_check_letter_matches(string upn) => Assert.True(UniquePupilNumber.IsValid(upn));

    [Theory]
    [InlineData("A801200005001", "wrong check letter")]
    [InlineData("P801200005001", "the check letter of a vendor example with an arithmetic slip")]
    [InlineData("B80120000500", "too short")]
    [InlineData("B8012000050012", "too long")]
    [InlineData("I801200005001", "I is never a check letter")]
    [InlineData("B80120000500O", "O is not in the alphabet")]
    [InlineData("b801200005001", "lower case is normalised before validation, not by it")]
    [InlineData("", "empty")]
    [InlineData(null, "missing")]
    public void Rejects_malformed_or_miskeyed_upns(string? upn, string because) =>
        Assert.False(UniquePupilNumber.IsValid(upn), because);

    [Fact]
    public void Computes_the_check_letter_for_a_temporary_upn_ending_in_a_letter()
    {
        var body = "80120000500A";
        var upn = UniquePupilNumber.CheckLetterFor(body) + body;

        Assert.True(UniquePupilNumber.IsValid(upn));
        Assert.False(UniquePupilNumber.IsValid("Z" + body == upn ? "Y" + body : "Z" + body));
    }

    [Fact]
    public void Every_single_digit_change_is_detected()
    {
        const string valid = "B801200005001";
        for (var position = 1; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (valid[position] == digit)
                {
                    continue;
                }

                var changed = valid[..position] + digit + valid[(position + 1)..];
                Assert.False(UniquePupilNumber.IsValid(changed), changed);
            }
        }
    }
}
