using ChildView.ChildProfile.Families;

namespace ChildView.UnitTests.Families;

public sealed class PersonKeysTests
{
    [Fact]
    public void Case_accents_punctuation_and_spacing_do_not_make_another_person()
    {
        var born = new DateOnly(1985, 2, 14);

        Assert.Equal(PersonKeys.Person("Zoë", "O'Neill", born), PersonKeys.Person(" ZOE ", "oneill", born));
        Assert.NotEqual(PersonKeys.Person("Zoe", "ONeill", born), PersonKeys.Person("Zoe", "ONeill", born.AddDays(1)));
    }

    [Fact]
    public void A_person_without_a_date_of_birth_or_a_name_has_no_key()
    {
        Assert.Null(PersonKeys.Person("Jo", "Smith", null));
        Assert.Null(PersonKeys.Person(" ", "Smith", new DateOnly(1990, 1, 1)));
    }

    [Fact]
    public void An_address_is_its_first_line_and_postcode_however_written()
    {
        Assert.Equal(PersonKeys.Address("12 Mill Lane", "DE4 3AB"), PersonKeys.Address(" 12, mill  lane ", "de43ab"));
        Assert.NotEqual(PersonKeys.Address("Flat 1, 12 Mill Lane", "DE4 3AB"), PersonKeys.Address("Flat 2, 12 Mill Lane", "DE4 3AB"));
        Assert.Null(PersonKeys.Address("12 Mill Lane", null));
    }
}
