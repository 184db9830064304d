using ChildView.Linkage.Records;

namespace ChildView.UnitTests.Linkage;

public sealed class ColumnMappingTests
{
    [Fact]
    public void Parses_key_column_pairs_into_the_fields_they_name()
    {
        var mapping = ColumnMapping.Parse(" given = fname_c1 ,family=lname_c1,dob_year=by,dob_month=bm,dob_day=bd,truth=true_id");
        Assert.Equal(
            new ColumnMapping { GivenName = "fname_c1", Surname = "lname_c1", DobYear = "by", DobMonth = "bm", DobDay = "bd", Truth = "true_id" },
            mapping);
    }

    [Fact]
    public void Every_documented_key_is_accepted() =>
        Assert.All(ColumnMapping.Keys, key => ColumnMapping.Parse($"{key.Key}=column"));

    [Theory]
    [InlineData("forename=x", "unknown mapping key 'forename'")]
    [InlineData("given=a,given=b", "'given' is mapped twice")]
    [InlineData("given", "'given' is not key=column")]
    [InlineData("given=", "'given=' is not key=column")]
    [InlineData("", "names no columns")]
    public void Malformed_mappings_are_refused_saying_why(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<ColumnMappingException>(() => ColumnMapping.Parse(text)).Message, StringComparison.Ordinal);
}
