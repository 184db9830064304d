using System.Text;
using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class CsvRecordReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childview-linkage-reader-").FullName;

    [Fact]
    public void Reads_febrl_layout_with_leading_spaces_and_empty_values()
    {
        const string text = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\r\n" +
            "rec-10-dup-0, , Harrington, , maltby circuit, coaling, coolaroo, 3465, nsw, 19150612, 9004242";
        var record = Assert.Single(CsvRecordReader.ReadText(text, ColumnMapping.Default).Records);
        Assert.Equal("rec-10-dup-0", record.Id);
        Assert.Null(record.GivenName);
        Assert.Equal("harrington", record.Surname);
        Assert.Null(record.Address.StreetNumber);
        Assert.Equal(new PartialDate(12, 6, 1915), record.DateOfBirth);
        Assert.Equal("9004242", record.StrongId);
    }

    [Fact]
    public void Reads_quoted_commas_quotes_and_line_breaks_a_byte_order_mark_and_crlf_endings()
    {
        var path = Path.Combine(_folder, "extract.csv");
        const string text = "ref,forename,family,address\r\n" +
            "1,\"Mary, Ann\",\"O\"\"Neil\",\"12 Mill Lane\r\nFlat 2\"\r\n" +
            "2,Jayden,Hart,\"3 \"\"The Cottages\"\", Bakewell\"\r\n";
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var table = CsvRecordReader.ReadTable(path, ColumnMapping.Parse("id=ref,given=forename,family=family,street=address"));

        Assert.Collection(table.Records,
            first =>
            {
                Assert.Equal("1", first.Id); // the BOM is not part of the first header name, so "ref" was found
                Assert.Equal("mary ann", first.GivenName);
                Assert.Equal("oneil", first.Surname);
                Assert.Equal("12 mill lane flat 2", first.Address.Street);
            },
            second =>
            {
                Assert.Equal("2", second.Id);
                Assert.Equal("3 the cottages bakewell", second.Address.Street);
            });
    }

    [Fact]
    public void Mapping_renames_columns_and_reads_a_split_date_of_birth()
    {
        const string text = "ref,forename,family,bd,bm,by\n7,\"Mary, Ann\",Smith,4,3,2015";
        var mapping = ColumnMapping.Parse("id=ref,given=forename,family=family,dob_day=bd,dob_month=bm,dob_year=by");
        var record = Assert.Single(CsvRecordReader.ReadText(text, mapping).Records);
        Assert.Equal("mary ann", record.GivenName);
        Assert.Equal(new PartialDate(4, 3, 2015), record.DateOfBirth);
    }

    [Fact]
    public void An_explicit_mapping_reads_only_the_fields_it_names()
    {
        const string text = "rec_id,given_name,surname,postcode\nr1,Amelia,Hart,DE4 3AG";
        var record = Assert.Single(CsvRecordReader.ReadText(text, ColumnMapping.Parse("id=rec_id,given=given_name")).Records);
        Assert.Equal("amelia", record.GivenName);
        Assert.Null(record.Surname);
        Assert.Null(record.Postcode);
    }

    [Fact]
    public void Without_an_id_column_records_are_numbered_by_row()
    {
        const string text = "fname,lname\nAmelia,Hart\n\nJayden,Hart\n";
        var records = CsvRecordReader.ReadText(text, ColumnMapping.Parse("given=fname,family=lname")).Records;
        Assert.Equal(["row-1", "row-2"], records.Select(r => r.Id));
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_refused_naming_the_file_the_column_and_the_key()
    {
        const string text = "id,fname,lname\n1,Amelia,Hart";
        var error = Assert.Throws<ColumnMappingException>(() =>
            CsvRecordReader.ReadText(text, ColumnMapping.Parse("id=id,given=fname,family=surname"), source: "left.csv"));
        Assert.Contains("left.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("'surname'", error.Message, StringComparison.Ordinal);
        Assert.Contains("family", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_mapping_reads_the_febrl_columns_a_file_has_but_needs_its_id_column()
    {
        var record = Assert.Single(CsvRecordReader.ReadText("rec_id,surname,dob_day,dob_month,dob_year\nr1,Hart,4,3,2015", ColumnMapping.Default).Records);
        Assert.Equal(new PartialDate(4, 3, 2015), record.DateOfBirth);

        var error = Assert.Throws<ColumnMappingException>(() => CsvRecordReader.ReadText("ref,surname\n1,Hart", ColumnMapping.Default));
        Assert.Contains("'rec_id'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_declared_missing_read_as_not_known()
    {
        const string text = "\"fname_c1\",\"lname_c1\",\"by\"\n\"NA\",\"MUELLER\",NA";
        var record = Assert.Single(CsvRecordReader.ReadText(text, ColumnMapping.Parse("given=fname_c1,family=lname_c1,dob_year=by"), missingValues: ["NA"]).Records);
        Assert.Null(record.GivenName);
        Assert.Equal("mueller", record.Surname);
        Assert.Null(record.DateOfBirth.Year);
    }

    [Fact]
    public void The_truth_column_is_read_beside_the_records_not_into_them()
    {
        const string text = "id,fname,true_id\n1,Frank,3606\n2,Martin,";
        var table = CsvRecordReader.ReadText(text, ColumnMapping.Parse("id=id,given=fname,truth=true_id"));
        Assert.Equal(["3606", null], table.Truth!);
        Assert.Null(CsvRecordReader.ReadText(text, ColumnMapping.Parse("id=id,given=fname")).Truth);
    }

    [Fact]
    public void An_empty_file_is_refused_naming_it() =>
        Assert.Contains("empty.csv", Assert.Throws<InvalidDataException>(() => CsvRecordReader.ReadText("", ColumnMapping.Default, "empty.csv")).Message, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
