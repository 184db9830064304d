using System.CommandLine;
using ChildView.Migration.Mapping;

namespace ChildView.Migration.Cli;

/// <summary><c>check-mapping FILE.yaml</c>: loads a mapping file and says what it maps, or which line is wrong.</summary>
public static class CheckMappingCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "the YAML mapping file to check" };
        file.AcceptExistingOnly();
        var command = new Command("check-mapping", "Check a mapping file without reading any extract.") { file };
        command.SetAction(parsed =>
        {
            var mapping = MappingLoader.Load(parsed.GetRequiredValue(file).FullName);
            parsed.InvocationConfiguration.Output.WriteLine($"{mapping.Source}: {mapping.Columns.Count} columns into {mapping.Target.Name}, key {mapping.KeyColumn}: OK");
            return 0;
        });
        return command;
    }
}
