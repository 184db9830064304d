using System.CommandLine;
using ChildView.Migration.Generation;

namespace ChildView.Migration.Cli;

/// <summary><c>generate --kind pupils|referrals --rows N --out FILE</c>: a seeded, messy legacy extract to rehearse with.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "what the extract holds", Required = true };
        kind.AcceptOnlyFromAmong("pupils", "referrals");
        var rows = MigrationCommandLine.PositiveNumber("--rows", "data rows to write", 1000);
        var output = new Option<FileInfo>("--out") { Description = "the file to write: .csv or .xlsx", HelpName = "FILE", Required = true };
        var seed = new Option<int>("--seed") { Description = "random seed: the same seed gives the same file", HelpName = "N", DefaultValueFactory = _ => 20261125 };
        var command = new Command("generate", "Write a messy, seeded legacy extract: typos, swapped names, bad ids, duplicates, legacy codes.")
        {
            kind, rows, output, seed,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(output).FullName;
            new LegacyExtractGenerator(parsed.GetValue(seed)).Write(parsed.GetRequiredValue(kind), parsed.GetValue(rows), path);
            parsed.InvocationConfiguration.Output.WriteLine($"wrote {path}");
            return 0;
        });
        return command;
    }
}
