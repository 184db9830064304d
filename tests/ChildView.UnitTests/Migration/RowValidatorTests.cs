using ChildView.Migration.Input;
using ChildView.Migration.Mapping;
using ChildView.Migration.Validation;

namespace ChildView.UnitTests.Migration;

public sealed class RowValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly string[] PupilHeader = ["Adno", "Forename", "Surname", "DOB", "Gender", "UPN", "FormerUPN", "UPNReason", "NHSNo", "Postcode"];
    private static readonly string[] ReferralHeader = ["RefID", "Forename", "Surname", "DOB", "Gender", "RefDate", "RefSource", "Need", "NFA", "ClosedDate", "ClosureReason"];

    // A valid UPN (check letter A for body 830200106012) and NHS number.
    private const string Upn = "D830200106012";
    private const string Nhs = "9434765919";

    private static RowValidator Pupils() => new(MappingLoader.Parse(MappingFiles.Pupils), new LegacyHeader(PupilHeader), Today);

    private static RowValidator Referrals() => new(MappingLoader.Parse(MappingFiles.Referrals), new LegacyHeader(ReferralHeader), Today);

    private static string?[] Pupil(string? key = "A1", string? given = "Ada", string? family = "Lovelace", string? born = "10/12/2014", string? sex = "F",
        string? upn = Upn, string? formerUpn = null, string? reason = null, string? nhs = Nhs, string? postcode = "DE4 3AG") =>
        [key, given, family, born, sex, upn, formerUpn, reason, nhs, postcode];

    private static string?[] Referral(string? refDate = "01/02/2020", string? source = "6", string? need = "N1", string? nfa = "N", string? closed = null, string? reason = null, string? born = "10/12/2014") =>
        ["R1", "Ada", "Lovelace", born, "F", refDate, source, need, nfa, closed, reason];

    private static (string Field, string Reason) Single(RowOutcome outcome)
    {
        Assert.False(outcome.IsValid);
        var rejection = Assert.Single(outcome.Rejections);
        return (rejection.Field, rejection.Reason);
    }

    [Fact]
    public void A_good_row_is_converted()
    {
        var outcome = Pupils().Validate(2, Pupil(sex: "Female", postcode: "de43ag", nhs: "943 476 5919"));

        var record = Assert.IsType<MigrationRecord>(outcome.Record);
        Assert.Equal(("A1", 2L), (record.SourceKey, record.RowNumber));
        Assert.Equal(new DateOnly(2014, 12, 10), record.Date("dateOfBirth"));
        Assert.Equal(("F", "DE4 3AG", Nhs, "A1"), (record.Text("sex"), record.Text("postcode"), record.Text("nhsNumber"), record.Text("localId")));
    }

    [Theory]
    [InlineData(null, "givenName", "required")]
    public void A_required_field_must_be_present(string? given, string field, string reason) =>
        Assert.Equal((field, reason), Single(Pupils().Validate(2, Pupil(given: given))));

    [Fact]
    public void A_row_without_a_source_key_is_rejected() =>
        Assert.Equal(("key", "source key (Adno) missing"), Single(Pupils().Validate(2, Pupil(key: " "))));

    [Fact]
    public void A_upn_an_earlier_row_gave_is_rejected_naming_that_row_and_a_rejected_row_takes_none()
    {
        var validator = new RowValidator(MappingLoader.Parse(MappingFiles.Pupils), new LegacyHeader(PupilHeader), Today, UniqueValues.WithinSource("upn"));

        Assert.False(validator.Validate(2, Pupil(key: "A0", given: null)).IsValid);
        Assert.True(validator.Validate(3, Pupil(key: "A1")).IsValid);
        var repeated = validator.Validate(4, Pupil(key: "A2"));

        Assert.Equal(("upn", "given by an earlier row of the source"), Single(repeated));
        Assert.Equal($"{Upn} (first at row 3)", repeated.Rejections[0].Value);
        Assert.True(validator.Validate(5, Pupil(key: "A3", upn: null, reason: "UN2")).IsValid);
    }

    [Fact]
    public void A_upn_a_record_in_the_service_holds_is_rejected_unless_the_record_is_the_rows_own()
    {
        var holder = Guid.NewGuid();
        var unique = new UniqueValues("upn", new Dictionary<string, Guid> { [Upn] = holder }, key => key == "A1" ? holder : null);
        var validator = new RowValidator(MappingLoader.Parse(MappingFiles.Pupils), new LegacyHeader(PupilHeader), Today, unique);

        Assert.True(validator.Validate(2, Pupil(key: "A1")).IsValid);
        Assert.Equal(("upn", "held by another record in the service"), Single(validator.Validate(3, Pupil(key: "B1"))));
    }

    [Fact]
    public void A_repeated_source_key_is_rejected_naming_the_first_row()
    {
        var validator = Pupils();
        Assert.True(validator.Validate(2, Pupil()).IsValid);

        var outcome = validator.Validate(9, Pupil());

        Assert.Equal(("key", "duplicate source key"), Single(outcome));
        Assert.Equal("A1 (first at row 2)", outcome.Rejections[0].Value);
    }

    [Theory]
    [InlineData("A830200106012")]
    [InlineData("D83020010601")]
    public void A_upn_failing_its_check_letter_or_format_is_rejected(string upn) =>
        Assert.Equal(("upn", "not a valid UPN (format or check letter)"), Single(Pupils().Validate(2, Pupil(upn: upn))));

    [Fact]
    public void An_nhs_number_failing_modulus_11_is_rejected() =>
        Assert.Equal(("nhsNumber", "not a valid NHS number (10 digits, modulus 11)"), Single(Pupils().Validate(2, Pupil(nhs: "9434765918"))));

    [Theory]
    [InlineData("X")]
    [InlineData("Woman")]
    public void A_code_outside_the_DfE_set_and_the_legacy_map_is_rejected(string sex) =>
        Assert.Equal(("sex", "not a DfE code and not mapped from a legacy code"), Single(Pupils().Validate(2, Pupil(sex: sex))));

    [Fact]
    public void A_legacy_code_is_mapped_to_its_DfE_code() =>
        Assert.Equal("6", Referrals().Validate(2, Referral(source: "pol")).Record!.Text("referralSource"));

    [Theory]
    [InlineData("31/02/2014", "not a date in the mapping's date formats")]
    [InlineData("2014/12/10", "not a date in the mapping's date formats")]
    [InlineData("26/11/2026", "in the future")]
    [InlineData("01/01/1899", "before 1900")]
    public void An_impossible_or_implausible_date_is_rejected(string born, string reason) =>
        Assert.Equal(("dateOfBirth", reason), Single(Pupils().Validate(2, Pupil(born: born))));

    [Fact]
    public void A_child_older_than_25_is_rejected() =>
        Assert.Equal(("dateOfBirth", "child would be older than 25"), Single(Pupils().Validate(2, Pupil(born: "01/01/1990"))));

    [Fact]
    public void An_iso_date_from_a_spreadsheet_is_accepted() =>
        Assert.Equal(new DateOnly(2014, 12, 10), Pupils().Validate(2, Pupil(born: "2014-12-10")).Record!.Date("dateOfBirth"));

    [Fact]
    public void A_postcode_that_is_not_a_uk_postcode_is_rejected() =>
        Assert.Equal(("postcode", "not a UK postcode"), Single(Pupils().Validate(2, Pupil(postcode: "DE!"))));

    [Fact]
    public void A_text_longer_than_its_column_is_rejected() =>
        Assert.Equal(("givenName", "longer than 100 characters"), Single(Pupils().Validate(2, Pupil(given: new string('a', 101)))));

    [Fact]
    public void A_closure_before_the_referral_is_rejected() =>
        Assert.Equal(("closureDate", "before referralDate"), Single(Referrals().Validate(2, Referral(closed: "01/01/2020", reason: "RC8"))));

    [Fact]
    public void A_closure_date_without_a_reason_is_rejected() =>
        Assert.Equal(("reasonForClosure", "closureDate and reasonForClosure must be given together"), Single(Referrals().Validate(2, Referral(closed: "01/03/2020"))));

    [Fact]
    public void A_referral_long_before_the_child_was_conceived_is_rejected() =>
        Assert.Equal(("referralDate", "before the child's conception"), Single(Referrals().Validate(2, Referral(refDate: "01/01/2010"))));

    [Fact]
    public void A_yes_no_flag_must_be_yes_or_no() =>
        Assert.Equal(("referralNfa", "not a yes/no value"), Single(Referrals().Validate(2, Referral(nfa: "maybe"))));

    [Fact]
    public void A_former_upn_equal_to_the_current_one_is_rejected() =>
        Assert.Equal(("formerUpn", "same as the current UPN"), Single(Pupils().Validate(2, Pupil(formerUpn: Upn))));

    [Fact]
    public void A_upn_unknown_reason_beside_a_upn_is_rejected() =>
        Assert.Equal(("upnUnknownReason", "given although the pupil has a UPN"), Single(Pupils().Validate(2, Pupil(reason: "UN2"))));

    [Fact]
    public void Every_failing_field_of_a_row_is_reported()
    {
        var outcome = Pupils().Validate(2, Pupil(given: null, upn: "bad", nhs: "123"));

        Assert.Equal(["givenName", "upn", "nhsNumber"], outcome.Rejections.Select(r => r.Field));
        Assert.All(outcome.Rejections, r => Assert.Equal(2, r.Row));
    }
}
