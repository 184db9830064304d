using ChildView.Migration.Cli;

namespace ChildView.UnitTests.Migration;

/// <summary>The <c>childview-migrate</c> command line, run in process: mistakes end in one line on stderr, never a stack trace.</summary>
public sealed class MigrationCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childview-migrate-cli-").FullName;

    [Theory]
    [InlineData("--help")]
    [InlineData("run", "--help")]
    [InlineData("check-mapping", "--help")]
    [InlineData("generate", "--help")]
    public async Task Every_command_has_help(params string[] args)
    {
        var run = await RunAsync(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Check_mapping_and_generate_keep_their_arguments()
    {
        var mapping = Write("pupils.yaml", MappingFiles.Pupils);
        var checkedMapping = await RunAsync("check-mapping", mapping);
        Assert.Equal(0, checkedMapping.ExitCode);
        Assert.Contains("legacy-sims: 10 columns into education.pupils, key Adno: OK", checkedMapping.Output, StringComparison.Ordinal);

        var extract = Path.Combine(_folder, "pupils.csv");
        var generated = await RunAsync("generate", "--kind", "pupils", "--rows", "25", "--out", extract, "--seed", "3");
        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(26, File.ReadLines(extract).Count());
    }

    [Fact]
    public async Task A_missing_mapping_or_input_file_is_one_line_naming_the_option_and_file()
    {
        var input = Write("pupils.csv", "Adno\n1\n");
        var missing = Path.Combine(_folder, "nowhere.yaml");
        AssertOneLineError(await RunAsync("run", "--mapping", missing, "--input", input, "--dry-run"), "--mapping", "nowhere.yaml");
        AssertOneLineError(await RunAsync("check-mapping", missing), "nowhere.yaml");

        var mapping = Write("pupils.yaml", MappingFiles.Pupils);
        AssertOneLineError(await RunAsync("run", "--mapping", mapping, "--input", Path.Combine(_folder, "nowhere.csv"), "--dry-run"), "--input", "nowhere.csv");
    }

    [Theory]
    [InlineData("--kind", "teachers")]
    [InlineData("--rows", "0")]
    [InlineData("--rows", "many")]
    [InlineData("--seed", "x")]
    public async Task A_bad_option_value_is_one_line_naming_the_option(string option, string value)
    {
        string[] args = ["generate", "--kind", "pupils", "--rows", "5", "--out", Path.Combine(_folder, "out.csv")];
        var at = Array.IndexOf(args, option);
        args = at >= 0 ? [.. args[..(at + 1)], value, .. args[(at + 2)..]] : [.. args, option, value];
        AssertOneLineError(await RunAsync(args), option, value == "0" ? option : value);
    }

    [Fact]
    public async Task Loading_without_a_target_database_an_unknown_option_and_no_command_are_one_line_each()
    {
        var mapping = Write("pupils.yaml", MappingFiles.Pupils);
        var input = Write("pupils.csv", "Adno\n1\n");
        AssertOneLineError(await RunAsync("run", "--mapping", mapping, "--input", input), "--target-db");
        AssertOneLineError(await RunAsync("run", "--mapping", mapping, "--input", input, "--dry-run", "--fast"), "--fast");
        AssertOneLineError(await RunAsync("migrate"), "migrate");
        AssertOneLineError(await RunAsync(), "command");
    }

    [Fact]
    public async Task A_bad_mapping_file_is_one_line_with_its_line_number()
    {
        var mapping = Write("pupils.yaml", MappingFiles.Pupils.Replace("target: education.pupils", "target: education.teachers", StringComparison.Ordinal));
        var run = await RunAsync("check-mapping", mapping);
        AssertOneLineError(run, "pupils.yaml, line 2", "unknown target");
        Assert.StartsWith("mapping error: ", run.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(CliRun run, params string[] mentions)
    {
        Assert.Equal(2, run.ExitCode);
        var message = run.Error.TrimEnd();
        Assert.NotEmpty(message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.All(mentions, mention => Assert.Contains(mention, message, StringComparison.Ordinal));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await MigrationCommandLine.InvokeAsync(args, output, error, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
