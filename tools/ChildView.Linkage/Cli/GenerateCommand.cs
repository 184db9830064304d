using System.CommandLine;
using System.Globalization;

namespace ChildView.Linkage.Cli;

/// <summary><c>generate --records N --out FILE [--seed S]</c>: a seeded population's records with their truth (the person_id column).</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records")
        {
            Description = "how many records to write",
            HelpName = "N",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
                    return value;
                result.AddError($"--records must be a positive whole number, not '{text}'");
                return 0;
            },
        };
        var output = new Option<FileInfo>("--out") { Description = "CSV to write", HelpName = "FILE", Required = true };
        var seed = new Option<int>("--seed") { Description = "random seed: the same seed gives the same file", HelpName = "S", DefaultValueFactory = _ => 20261125 };
        var command = new Command("generate", "Write a seeded population's records with their truth (person_id column); they read back without a mapping.")
        {
            records, output, seed,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(output).FullName;
            var written = GeneratedPeopleCsv.Write(path, parsed.GetValue(records), parsed.GetValue(seed));
            parsed.InvocationConfiguration.Output.WriteLine($"generate: records={written} seed={parsed.GetValue(seed)} -> {path}");
            return 0;
        });
        return command;
    }
}
