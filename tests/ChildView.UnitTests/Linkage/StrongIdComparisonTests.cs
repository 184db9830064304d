using ChildView.Linkage.Comparisons;
using ChildView.Linkage.Identifiers;

namespace ChildView.UnitTests.Linkage;

public sealed class StrongIdComparisonTests
{
    private readonly StrongIdComparison nhs = new(new NhsNumberValidator());

    [Fact]
    public void Equal_valid_nhs_numbers_agree() =>
        Assert.Equal(StrongIdComparison.Exact, nhs.Compare(People.Person(strongId: "943 476 5919"), People.Person(strongId: "9434765919")));

    [Fact]
    public void An_nhs_number_failing_its_check_digit_is_ignored_even_when_both_sides_hold_it() =>
        Assert.Equal(IComparison.Missing, nhs.Compare(People.Person(strongId: "9434765918"), People.Person(strongId: "9434765918")));

    [Fact]
    public void An_invalid_id_does_not_count_against_a_valid_one() =>
        Assert.Equal(IComparison.Missing, nhs.Compare(People.Person(strongId: "9434765919"), People.Person(strongId: "9434765918")));

    [Fact]
    public void Different_valid_numbers_disagree() =>
        Assert.Equal(StrongIdComparison.Different, nhs.Compare(People.Person(strongId: "9434765919"), People.Person(strongId: "4010232137")));

    [Fact]
    public void Without_a_checksum_one_keying_slip_is_its_own_level()
    {
        var any = new StrongIdComparison(new AnyIdValidator());
        Assert.Equal(StrongIdComparison.OneEdit, any.Compare(People.Person(strongId: "4137877"), People.Person(strongId: "4137787")));
        Assert.Equal(StrongIdComparison.Different, any.Compare(People.Person(strongId: "4137877"), People.Person(strongId: "9999999")));
    }

    [Fact]
    public void Upn_check_letter_is_pluggable()
    {
        var upn = new StrongIdComparison(new UpnValidator());
        Assert.Equal(StrongIdComparison.Exact, upn.Compare(People.Person(strongId: "B801200005001"), People.Person(strongId: "B801200005001")));
        Assert.Equal(IComparison.Missing, upn.Compare(People.Person(strongId: "A801200005001"), People.Person(strongId: "A801200005001")));
    }
}
