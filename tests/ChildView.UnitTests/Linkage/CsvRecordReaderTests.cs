using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Reads_febrl_layout_with_leading_spaces_and_empty_values()
    {
        string[] lines =
        [
            "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\r",
            "rec-10-dup-0, , Harrington, , maltby circuit, coaling, coolaroo, 3465, nsw, 19150612, 9004242",
        ];
        var record = Assert.Single(CsvRecordReader.Read(lines, ColumnMapping.Default));
        Assert.Equal("rec-10-dup-0", record.Id);
        Assert.Null(record.GivenName);
        Assert.Equal("harrington", record.Surname);
        Assert.Null(record.Address.StreetNumber);
        Assert.Equal(new PartialDate(12, 6, 1915), record.DateOfBirth);
        Assert.Equal("9004242", record.StrongId);
    }

    [Fact]
    public void Mapping_renames_columns_and_reads_a_split_date_of_birth()
    {
        string[] lines = ["ref,forename,family,bd,bm,by", "7,\"Mary, Ann\",Smith,4,3,2015"];
        var mapping = ColumnMapping.Default.With("id=ref,given_name=forename,surname=family") with { DateOfBirth = null, DobDay = "bd", DobMonth = "bm", DobYear = "by" };
        var record = Assert.Single(CsvRecordReader.Read(lines, mapping));
        Assert.Equal("mary ann", record.GivenName);
        Assert.Equal(new PartialDate(4, 3, 2015), record.DateOfBirth);
    }

    [Fact]
    public void Unknown_mapping_field_is_rejected() =>
        Assert.Throws<ArgumentException>(() => ColumnMapping.Default.With("forename=x"));
}
