using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ChildView.Linkage.Cli;

/// <summary>The standard help, followed by the mapping keys for the commands that take a column mapping.</summary>
public sealed class MappingKeysHelpAction(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command.Options.Any(o => o.Name.EndsWith("map", StringComparison.Ordinal)))
            ColumnMappingArgument.WriteKeys(parseResult.InvocationConfiguration.Output);
        return exitCode;
    }
}
