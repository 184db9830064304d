using System.CommandLine;
using System.CommandLine.Help;
using ChildView.Linkage.Records;
using ChildView.Tools.CommandLine;
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
        if (ParseErrorLine.TryWrite(parsed, "childview-linkage", error))
            return UsageError;

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
}
