using ChildView.Migration.Mapping;
using ChildView.Migration.Targets;
using ChildView.UnitTests.Architecture;

namespace ChildView.UnitTests.Migration;

public sealed class MappingLoaderTests
{
    [Theory]
    [InlineData("legacy-sims-pupils.yaml", "education.pupils")]
    [InlineData("legacy-carefirst-referrals.yaml", "socialcare.referrals")]
    public void The_sample_mappings_load(string file, string target)
    {
        var mapping = MappingLoader.Load(Path.Combine(RepositoryLayout.Root.FullName, "tools", "ChildView.Migration", "samples", file));

        Assert.Equal(target, mapping.Target.Name);
        Assert.NotEmpty(mapping.Columns);
    }

    [Fact]
    public void A_valid_mapping_reads_columns_codes_and_formats()
    {
        var mapping = MappingLoader.Parse(MappingFiles.Pupils);

        Assert.Equal(("legacy-sims", "Adno"), (mapping.Source, mapping.KeyColumn));
        Assert.IsType<EducationPupilsTarget>(mapping.Target);
        Assert.Equal("givenName", mapping.Columns["forename"]);
        Assert.Equal("F", mapping.CodeMaps["sex"]["female"]);
        Assert.Equal(["dd/MM/yyyy"], mapping.DateFormats);
    }

    [Theory]
    [InlineData("  Forename: givenName", "  Forename: givenNam", 7, "unknown field 'givenNam'")]
    [InlineData("target: education.pupils", "target: education.pupil", 2, "unknown target 'education.pupil'")]
    [InlineData("    Female: F", "    Female: W", 19, "'W' is not a sex code")]
    [InlineData("dateFormats: [dd/MM/yyyy]", "dateFormats: [dd/MM]", 4, "'dd/MM' is not a date format")]
    [InlineData("  Surname: familyName", "  Surname: givenName", 8, "field 'givenName' is already fed by column 'Forename'")]
    [InlineData("codes:", "cods:", 16, "unknown setting 'cods'")]
    [InlineData("  sex:", "  postcode:", 17, "'postcode' is not a coded field")]
    [InlineData("  Forename: givenName", "  Forename: [givenName", 7, "not valid YAML")]
    public void A_bad_mapping_names_its_line_and_reason(string line, string replacement, long expectedLine, string reason)
    {
        var yaml = MappingFiles.Pupils.Replace(line, replacement, StringComparison.Ordinal);
        Assert.NotEqual(MappingFiles.Pupils, yaml);

        var error = Assert.Throws<MappingException>(() => MappingLoader.Parse(yaml, "pupils.yaml"));

        Assert.Equal(expectedLine, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"pupils.yaml, line {expectedLine}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_field_left_unmapped_is_refused()
    {
        var yaml = MappingFiles.Pupils.Replace("  Surname: familyName\n", "", StringComparison.Ordinal);

        var error = Assert.Throws<MappingException>(() => MappingLoader.Parse(yaml));

        Assert.Equal(5, error.Line);
        Assert.Contains("required field 'familyName'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_is_refused()
    {
        var error = Assert.Throws<MappingException>(() => MappingLoader.Parse(MappingFiles.Pupils.Replace("key: Adno\n", "", StringComparison.Ordinal)));

        Assert.Contains("'key' is missing", error.Reason, StringComparison.Ordinal);
    }
}
