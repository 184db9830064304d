using ChildView.Migration.Generation;
using ChildView.Migration.Input;
using ChildView.Migration.Mapping;
using ChildView.Migration.Pipeline;
using ChildView.Migration.Quality;
using ChildView.UnitTests.Architecture;

namespace ChildView.UnitTests.Migration;

/// <summary>A dry run needs no database: validation, rejects, reconciliation and the quality report from the file alone.</summary>
public sealed class DryRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childview-migration-dry-").FullName;

    private static SourceMapping Sample(string file) =>
        MappingLoader.Load(Path.Combine(RepositoryLayout.Root.FullName, "tools", "ChildView.Migration", "samples", file));

    private Task<MigrationResult> DryRunAsync(string input, SourceMapping mapping, bool match = false) => new MigrationRunner(new MigrationOptions
    {
        InputPath = input,
        Mapping = mapping,
        DryRun = true,
        Match = match,
        OutputDirectory = Path.Combine(_folder, "out"),
        Today = new DateOnly(2026, 11, 25),
    }).RunAsync();

    [Theory]
    [InlineData("pupils", "legacy-sims-pupils.yaml", ".csv")]
    [InlineData("pupils", "legacy-sims-pupils.yaml", ".xlsx")]
    [InlineData("referrals", "legacy-carefirst-referrals.yaml", ".csv")]
    [InlineData("referrals", "legacy-carefirst-referrals.yaml", ".xlsx")]
    public async Task Every_row_read_is_either_valid_or_rejected_with_its_reasons_in_the_rejects_file(string kind, string mapping, string extension)
    {
        var input = Path.Combine(_folder, kind + extension);
        new LegacyExtractGenerator(seed: 42).Write(kind, 2000, input);

        var result = await DryRunAsync(input, Sample(mapping));

        var figures = result.Reconciliation;
        Assert.Equal(2000, figures.RowsRead);
        Assert.InRange(figures.Rejected, 20, 1000);
        Assert.Equal(figures.RowsRead, figures.Valid + figures.Rejected);
        Assert.True(figures.Balanced);
        var rejectedRows = File.ReadLines(result.RejectsPath).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count();
        Assert.Equal(figures.Rejected, rejectedRows);
    }

    [Fact]
    public async Task The_same_extract_as_csv_and_as_xlsx_gives_the_same_figures()
    {
        var csv = Path.Combine(_folder, "pupils.csv");
        var xlsx = Path.Combine(_folder, "pupils.xlsx");
        new LegacyExtractGenerator(seed: 9).Write("pupils", 1000, csv);
        new LegacyExtractGenerator(seed: 9).Write("pupils", 1000, xlsx);

        var fromCsv = await DryRunAsync(csv, Sample("legacy-sims-pupils.yaml"));
        var fromXlsx = await DryRunAsync(xlsx, Sample("legacy-sims-pupils.yaml"));

        Assert.Equal(fromCsv.Reconciliation, fromXlsx.Reconciliation);
        Assert.Equal(fromCsv.Report.TopRejectionReasons, fromXlsx.Report.TopRejectionReasons);
    }

    [Fact]
    public async Task The_quality_report_counts_fields_reasons_duplicates_and_matches()
    {
        var input = Path.Combine(_folder, "pupils.csv");
        new LegacyExtractGenerator(seed: 1).Write("pupils", 3000, input);

        var result = await DryRunAsync(input, Sample("legacy-sims-pupils.yaml"), match: true);

        var report = result.Report;
        var given = report.Fields.Single(f => f.Field == "givenName");
        Assert.Equal("Forename", given.Column);
        Assert.InRange(given.Completeness, 0.98, 1.0);
        var upn = report.Fields.Single(f => f.Field == "upn");
        Assert.InRange(upn.Validity, 0.9, 0.999);
        Assert.Contains(report.TopRejectionReasons, r => r is { Field: "upn", Reason: "not a valid UPN (format or check letter)" });
        Assert.True(report.DuplicateSourceKeys > 0);
        var matching = Assert.IsType<ChildView.Migration.Matching.MatchSummary>(report.Matching);
        Assert.Equal(result.Reconciliation.Valid, matching.Compared);
        Assert.Equal(matching.Compared, matching.New); // nothing known to match against without a database
        Assert.True(matching.DuplicatePairsWithinSource > 0, "the generator re-keys some children");

        var json = QualityReportWriter.FromJson(File.ReadAllText(result.ReportJsonPath))!;
        Assert.Equal(report.Reconciliation, json.Reconciliation);
        var html = File.ReadAllText(result.ReportHtmlPath);
        Assert.Contains("Top rejection reasons", html, StringComparison.Ordinal);
        Assert.Contains("not a valid UPN (format or check letter)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_lacking_a_mapped_column_is_refused_before_any_row()
    {
        var input = Path.Combine(_folder, "short.csv");
        File.WriteAllLines(input, ["Adno,Forename", "1,Ada"]);

        var error = await Assert.ThrowsAsync<MigrationInputException>(() => DryRunAsync(input, Sample("legacy-sims-pupils.yaml")));

        Assert.Contains("'Surname'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_is_deterministic()
    {
        var a = Path.Combine(_folder, "a.csv");
        var b = Path.Combine(_folder, "b.csv");
        new LegacyExtractGenerator(seed: 5).Write("referrals", 500, a);
        new LegacyExtractGenerator(seed: 5).Write("referrals", 500, b);

        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(501, File.ReadAllLines(a).Length);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
