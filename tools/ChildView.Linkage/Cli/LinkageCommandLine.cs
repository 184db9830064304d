using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using ChildView.Linkage.Records;
using CsvHelper;

namespace ChildView.Linkage.Cli;

/// <summary>
/// The <c>childview-linkage</c> commands. Every mistake a user can make (an unknown option, a bad value, a
/// missing file or column) ends in one line on stderr and a non-zero exit code, never a stack trace.
/// </summary>
public static class LinkageCommandLine
{
    public const int UsageError = 2;
    public const int InputError = 1;

    public static RootCommand Create()
    {
        var root = new RootCommand("Probabilistic record linkage of person lists (Fellegi–Sunter, trained without labels).")
        {
            LinkCommand.Create(),
            DedupeCommand.Create(),
            GenerateCommand.Create(),
        };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new MappingKeysHelpAction((HelpAction)help.Action!);
        return root;
    }

    public static int Invoke(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        // No response files: "@mapping.json" is a mapping option's value, not a file of arguments.
        var parsed = Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction && parsed.Errors.Count > 0)
        {
            error.WriteLine($"childview-linkage: {OneLine(parsed.Errors)} (see --help)");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException or ColumnMappingException or CsvFormatException)
        {
            error.WriteLine($"childview-linkage: {failure.Message}");
            return InputError;
        }
    }

    /// <summary>All parse errors on one line, whitespace flattened, each naming its option.</summary>
    private static string OneLine(IEnumerable<ParseError> errors) =>
        string.Join("; ", errors.Select(Describe).Distinct());

    private static string Describe(ParseError error)
    {
        var message = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        var option = (error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult)?.Option.Name;
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
    }
}
