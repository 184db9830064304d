using ChildView.Contracts.Identifiers;

namespace ChildView.UnitTests.Identifiers;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")] // NHS Digital's published test number
    [InlineData("943 476 5919")]
    [InlineData("4010232137")]
    [InlineData("9990001014")]
    public void Accepts_numbers_whose_check_digit_matches(string nhsNumber) => Assert.True(NhsNumber.IsValid(nhsNumber));

    [Theory]
    [InlineData("9434765918", "wrong check digit")]
    [InlineData("943476591", "nine digits")]
    [InlineData("94347659190", "eleven digits")]
    [InlineData("94347659A9", "a letter")]
    [InlineData("", "empty")]
    [InlineData(null, "missing")]
    public void Rejects_malformed_or_miskeyed_numbers(string? nhsNumber, string because) =>
        Assert.False(NhsNumber.IsValid(nhsNumber), because);

    [Fact]
    public void Nine_digits_whose_check_value_would_be_ten_have_no_valid_number()
    {
        // 100000001: weighted sum 1×10 + 1×2 = 12, 12 mod 11 = 1, 11 − 1 = 10: no check digit exists.
        Assert.Null(NhsNumber.CheckDigitFor("100000001"));
        for (var last = 0; last <= 9; last++)
        {
            Assert.False(NhsNumber.IsValid($"100000001{last}"));
        }
    }

    [Fact]
    public void A_check_value_of_eleven_becomes_zero()
    {
        // 000000160: weighted sum 1×4 + 6×3 = 22, 22 mod 11 = 0, 11 − 0 = 11, which becomes 0.
        Assert.Equal(0, NhsNumber.CheckDigitFor("000000160"));
        Assert.True(NhsNumber.IsValid("0000001600"));
    }
}
