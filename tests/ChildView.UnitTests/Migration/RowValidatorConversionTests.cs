using ChildView.Migration.Input;
using ChildView.Migration.Mapping;
using ChildView.Migration.Validation;

namespace ChildView.UnitTests.Migration;

/// <summary>Trimming, the mapping's date formats and code look-ups as seen through a whole row.</summary>
public sealed class RowValidatorConversionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly string[] Header = ["Adno", "Forename", "Surname", "DOB", "Gender", "UPN", "FormerUPN", "UPNReason", "NHSNo", "Postcode"];

    // The sample mapping's date formats and numeric legacy sex codes.
    private static readonly string Mapping = MappingFiles.Pupils
        .Replace("dateFormats: [dd/MM/yyyy]", "dateFormats: [dd/MM/yyyy, d/M/yyyy]", StringComparison.Ordinal)
        .Replace("Female: F", "Female: F\n    \"2\": F", StringComparison.Ordinal);

    private static RowValidator Pupils() => new(MappingLoader.Parse(Mapping), new LegacyHeader(Header), Today);

    private static string?[] Pupil(string? key = "A1", string? given = "Ada", string? born = "10/12/2014", string? sex = "F", string? postcode = "DE4 3AG") =>
        [key, given, "Lovelace", born, sex, "D830200106012", null, null, "9434765919", postcode];

    [Fact]
    public void Values_are_trimmed_and_a_blank_value_is_missing()
    {
        var validator = Pupils();
        var record = Assert.IsType<MigrationRecord>(validator.Validate(2, Pupil(key: " A1\t", given: "  Ada ", sex: " f ")).Record);
        Assert.Equal(("A1", "Ada", "F", "A1"), (record.SourceKey, record.Text("givenName"), record.Text("sex"), record.Text("localId")));

        var outcome = validator.Validate(3, Pupil(key: "A2", given: " \t "));
        var rejection = Assert.Single(outcome.Rejections);
        Assert.Equal(("givenName", "required", null), (rejection.Field, rejection.Reason, rejection.Value));

        outcome = validator.Validate(4, Pupil(key: "  "));
        Assert.Equal(("key", "source key (Adno) missing"), (outcome.Rejections[0].Field, outcome.Rejections[0].Reason));
    }

    [Fact]
    public void An_untrimmed_value_is_kept_as_given_when_there_is_nothing_to_trim()
    {
        const string given = "Ada";
        var record = Pupils().Validate(2, Pupil(given: given)).Record!;
        Assert.Same(given, record.Text("givenName"));
    }

    [Theory]
    [InlineData("1/2/2015", 2015, 2, 1)]
    [InlineData("01/02/2015", 2015, 2, 1)]
    [InlineData("1/12/2015", 2015, 12, 1)]
    [InlineData("29/02/2016", 2016, 2, 29)]
    [InlineData("2015-02-01", 2015, 2, 1)]
    [InlineData(" 01/02/2015 ", 2015, 2, 1)]
    public void A_date_in_the_mappings_formats_or_iso_is_converted(string born, int year, int month, int day)
    {
        var record = Assert.IsType<MigrationRecord>(Pupils().Validate(2, Pupil(born: born)).Record);
        Assert.Equal(new DateOnly(year, month, day), record.Date("dateOfBirth"));
    }

    [Theory]
    [InlineData("31/02/2015", "not a date in the mapping's date formats")]
    [InlineData("29/02/2015", "not a date in the mapping's date formats")]
    [InlineData("001/02/2015", "not a date in the mapping's date formats")]
    [InlineData("1/2/15", "not a date in the mapping's date formats")]
    [InlineData("2015-2-1", "not a date in the mapping's date formats")]
    [InlineData("13/13/2015", "not a date in the mapping's date formats")]
    [InlineData("1/2/2015x", "not a date in the mapping's date formats")]
    [InlineData("01/01/2027", "in the future")]
    [InlineData("31/12/1899", "before 1900")]
    public void A_date_outside_the_formats_or_impossible_is_rejected_with_its_value(string born, string reason)
    {
        var rejection = Assert.Single(Pupils().Validate(2, Pupil(born: born)).Rejections);
        Assert.Equal(("dateOfBirth", reason, born.Trim()), (rejection.Field, rejection.Reason, rejection.Value));
    }

    [Fact]
    public void Records_with_the_same_date_hold_equal_dates()
    {
        var validator = Pupils();
        var first = validator.Validate(2, Pupil(key: "A1", born: "1/2/2015")).Record!;
        var second = validator.Validate(3, Pupil(key: "A2", born: "01/02/2015")).Record!;
        Assert.Equal(first.Values[3], second.Values[3]);
        Assert.Equal(new DateOnly(2015, 2, 1), Assert.IsType<DateOnly>(second.Values[3]));
    }

    [Theory]
    [InlineData("Female", "F")]
    [InlineData("2", "F")]
    [InlineData("f", "F")]
    [InlineData("U", "U")]
    public void A_code_is_mapped_or_upper_cased_into_the_dfe_set(string sex, string expected)
    {
        var record = Assert.IsType<MigrationRecord>(Pupils().Validate(2, Pupil(sex: sex)).Record);
        Assert.Equal(expected, record.Text("sex"));
    }

    [Fact]
    public void A_missing_or_rejected_row_reports_each_field_with_its_trimmed_value()
    {
        var outcome = Pupils().Validate(7, Pupil(born: " 31/02/2015", sex: " X ", postcode: "DE4 3A"));
        Assert.Equal(
            [("dateOfBirth", "not a date in the mapping's date formats", "31/02/2015"), ("sex", "not a DfE code and not mapped from a legacy code", "X"), ("postcode", "not a UK postcode", "DE4 3A")],
            outcome.Rejections.Select(r => (r.Field, r.Reason, r.Value)));
        Assert.All(outcome.Rejections, r => Assert.Equal((7L, "A1"), (r.Row, r.SourceKey)));
    }

    [Fact]
    public void A_record_finds_a_field_by_any_equal_name_and_refuses_an_unknown_one()
    {
        var validator = Pupils();
        var record = validator.Validate(2, Pupil(born: "1/2/2015")).Record!;
        var name = new string("dateOfBirth".AsSpan()); // equal, but not the target's own string
        Assert.NotSame("dateOfBirth", name);
        Assert.Equal(new DateOnly(2015, 2, 1), record.Date(name));
        Assert.Equal(3, validator.FieldIndex[name]);
        Assert.True(validator.FieldIndex.ContainsKey("postcode"));
        Assert.Equal(validator.Fields.Select(f => f.Name), validator.FieldIndex.OrderBy(p => p.Value).Select(p => p.Key));
        Assert.Throws<KeyNotFoundException>(() => record.Text("noSuchField"));
    }
}
