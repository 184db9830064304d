using System.Globalization;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary>Parsed command line. Kept apart from Program so parsing is testable and Program stays a script.</summary>
public sealed record CliArguments(string Command, IReadOnlyList<string> Inputs, string Output, ColumnMapping Mapping, LinkageOptions Options, string? ClustersOutput = null, string? ModelOutput = null)
{
    public const string Usage = """
        usage: childview-linkage dedupe A.csv --out links.csv [options]
               childview-linkage link A.csv B.csv --out links.csv [options]
               childview-linkage generate --records N --out people.csv [--seed S]
        options:
          --map field=column,...   column mapping (fields: id, given_name, surname, dob, sex, postcode,
                                   street_number, street, locality, town, strong_id); defaults are FEBRL's
          --dob-day C --dob-month C --dob-year C   date of birth held in three columns
          --id-check any|nhs|upn   checksum a strong id must pass to count (default any)
          --threshold W            match weight for "match" (default 0, i.e. probability 0.5)
          --possible-band W        width below the threshold reported as "possible" (default 4)
          --clusters FILE          dedupe only: also write record_id,cluster (matches joined transitively)
          --model-out FILE         also write the trained m/u probabilities as JSON (what the profile matches with)
          --no-twin-guard          allow same-surname/address/dob pairs with different given names to auto-match
        """;

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("dedupe" or "link"))
            throw new ArgumentException("first argument must be 'dedupe' or 'link'");
        var command = args[0];
        var inputs = new List<string>();
        string? output = null;
        string? clusters = null;
        string? modelOut = null;
        var mapping = ColumnMapping.Default;
        var options = new LinkageOptions();
        var policy = DecisionPolicy.Default;
        for (var i = 1; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--out": output = Value(); break;
                case "--clusters": clusters = Value(); break;
                case "--model-out": modelOut = Value(); break;
                case "--map": mapping = mapping.With(Value()); break;
                case "--dob-day": mapping = mapping with { DobDay = Value(), DateOfBirth = null }; break;
                case "--dob-month": mapping = mapping with { DobMonth = Value(), DateOfBirth = null }; break;
                case "--dob-year": mapping = mapping with { DobYear = Value(), DateOfBirth = null }; break;
                case "--id-check": options = options with { StrongIds = StrongIdValidators.ByName(Value()) }; break;
                case "--threshold": policy = policy with { MatchWeightThreshold = Number(Value()) }; break;
                case "--possible-band": policy = policy with { PossibleBand = Number(Value()) }; break;
                case "--no-twin-guard": options = options with { GuardTwins = false }; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                        throw new ArgumentException($"unknown option {args[i]}");
                    inputs.Add(args[i]);
                    break;
            }
        }
        var expected = command == "link" ? 2 : 1;
        if (inputs.Count != expected)
            throw new ArgumentException($"{command} takes {expected} input file(s), got {inputs.Count}");
        if (output is null)
            throw new ArgumentException("--out is required");
        if (clusters is not null && command != "dedupe")
            throw new ArgumentException("--clusters applies to dedupe only");
        return new CliArguments(command, inputs, output, mapping, options with { Decision = policy }, clusters, modelOut);
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"'{text}' is not a number");
}
