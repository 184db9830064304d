using System.Globalization;

namespace ChildView.Migration.Cli;

/// <summary>The command line: a command and --name value options (flags take no value).</summary>
public sealed record CliArguments(string Command, IReadOnlyDictionary<string, string?> Options)
{
    private static readonly HashSet<string> Flags = ["--dry-run", "--no-match"];

    public const string Usage = """
        usage:
          childview-migrate run --mapping FILE.yaml --input FILE.csv|.xlsx [--target-db CONNECTION] [--profile-db CONNECTION]
                                [--dry-run] [--no-match] [--out DIR] [--batch-rows N]
          childview-migrate check-mapping FILE.yaml
          childview-migrate generate --kind pupils|referrals --rows N --out FILE.csv|.xlsx [--seed N]
        --target-db  the owning service's database (Npgsql connection string); not needed with --dry-run
        --profile-db match against the profile's children (else against the service's own records)
        """;

    public static CliArguments Parse(string[] args)
    {
        if (args.Length == 0)
            throw new ArgumentException("no command given");
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                options[$"#{options.Count(o => o.Key.StartsWith('#'))}"] = name;
                continue;
            }

            if (Flags.Contains(name))
                options[name] = null;
            else if (i + 1 < args.Length)
                options[name] = args[++i];
            else
                throw new ArgumentException($"{name} needs a value");
        }

        return new CliArguments(args[0], options);
    }

    public string Required(string name) =>
        Options.TryGetValue(name, out var value) && value is not null ? value : throw new ArgumentException($"{name} is required");

    public string? Optional(string name) => Options.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => Options.ContainsKey(name);

    public int Int(string name, int fallback) =>
        Optional(name) is { } text ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{name} must be a positive whole number") : fallback;

    public string Positional(int index, string what) =>
        Optional($"#{index}") ?? throw new ArgumentException($"{what} is required");
}
