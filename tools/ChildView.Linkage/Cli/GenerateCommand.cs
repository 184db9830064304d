using System.Globalization;

namespace ChildView.Linkage.Cli;

/// <summary><c>generate --records N --out FILE [--seed S]</c>: a seeded population's records with their truth (the person_id column).</summary>
public static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> args)
    {
        int? records = null;
        string? output = null;
        var seed = 20261125;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--records" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0: records = n; i++; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s): seed = s; i++; break;
                case "--out" when value is not null: output = value; i++; break;
                default:
                    Console.Error.WriteLine($"generate: unexpected '{args[i]}'");
                    Console.Error.WriteLine(CliArguments.Usage);
                    return 2;
            }
        }

        if (records is null || output is null)
        {
            Console.Error.WriteLine("generate needs --records N (a positive number) and --out FILE");
            return 2;
        }

        var written = GeneratedPeopleCsv.Write(output, records.Value, seed);
        Console.WriteLine($"generate: records={written} seed={seed} -> {output}");
        return 0;
    }
}
