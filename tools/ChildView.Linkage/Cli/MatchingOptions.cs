using System.CommandLine;
using System.Globalization;
using ChildView.Linkage.Decision;
using ChildView.Linkage.Identifiers;

namespace ChildView.Linkage.Cli;

/// <summary>The options link and dedupe share: where results go and how pairs are decided.</summary>
public sealed class MatchingOptions
{
    public Option<FileInfo> Out { get; } = new("--out")
    {
        Description = "links CSV to write: left_id,right_id,match_weight,match_probability,decision (matches and possibles)",
        HelpName = "FILE",
        Required = true,
    };

    public Option<FileInfo?> ModelOut { get; } = new("--model-out")
    {
        Description = "also write the trained m/u probabilities as JSON (what the profile matches with)",
        HelpName = "FILE",
    };

    public Option<string> IdCheck { get; } = CreateIdCheck();

    public Option<double?> Threshold { get; } = new("--threshold")
    {
        Description = "match weight at or above which a pair is a match (weight 0 = probability 0.5; default: fitted to the run — " +
            "the lowest at which the links' mean posterior stays 0.995, never under posterior 0.99)",
        HelpName = "W",
    };

    public Option<double> PossibleBand { get; } = CreatePossibleBand();

    public Option<bool> NoTwinGuard { get; } = new("--no-twin-guard")
    {
        Description = "allow same-surname/address/dob pairs with different given names to auto-match",
    };

    public Option<string[]> Missing { get; } = new("--missing")
    {
        Description = "a value meaning 'not known' besides an empty field, e.g. NA (repeat for more)",
        HelpName = "VALUE",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Out, ModelOut, IdCheck, Threshold, PossibleBand, NoTwinGuard, Missing })
            command.Options.Add(option);
    }

    public LinkageOptions Linkage(ParseResult parsed) => new()
    {
        StrongIds = StrongIdValidators.ByName(parsed.GetRequiredValue(IdCheck)),
        GuardTwins = !parsed.GetValue(NoTwinGuard),
        Decision = parsed.GetValue(Threshold) is { } threshold
            ? new DecisionPolicy(threshold, parsed.GetValue(PossibleBand))
            : DecisionPolicy.Default with { PossibleBand = parsed.GetValue(PossibleBand) },
    };

    private static Option<double> CreatePossibleBand() => new("--possible-band")
    {
        Description = "width below the threshold reported as 'possible'",
        HelpName = "W",
        DefaultValueFactory = _ => DecisionPolicy.Default.PossibleBand,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
                return value;
            result.AddError($"--possible-band must be a number, 0 or more, not '{text}'");
            return 0;
        },
    };

    private static Option<string> CreateIdCheck()
    {
        var option = new Option<string>("--id-check")
        {
            Description = "checksum a strong id must pass to count",
            DefaultValueFactory = _ => "any",
        };
        option.AcceptOnlyFromAmong("any", "nhs", "upn");
        return option;
    }
}
