using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ChildView.Tools.CommandLine;

/// <summary>
/// The tools' usage errors as one line on stderr (System.CommandLine would print each error and then the
/// whole help): every error, whitespace flattened, each naming the option it is about. Compiled into each
/// tool's command project.
/// </summary>
internal static class ParseErrorLine
{
    /// <returns>False when there is nothing to report (a clean parse, or --help).</returns>
    public static bool TryWrite(ParseResult parsed, string tool, TextWriter error)
    {
        if (parsed.Action is not ParseErrorAction || parsed.Errors.Count == 0)
            return false;
        error.WriteLine($"{tool}: {string.Join("; ", parsed.Errors.Select(Describe).Distinct())} (see --help)");
        return true;
    }

    private static string Describe(ParseError error)
    {
        var message = string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        var option = (error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult)?.Option.Name;
        return option is null || message.Contains(option, StringComparison.Ordinal) ? message : $"{option}: {message}";
    }
}
