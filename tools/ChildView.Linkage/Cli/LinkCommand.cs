using System.CommandLine;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary><c>link --left A.csv [--left-map M] --right B.csv [--right-map M] --out links.csv</c>: pairs across two sources.</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var left = InputFile("--left", "the first source");
        var right = InputFile("--right", "the second source");
        var leftMap = ColumnMappingArgument.Option("--left-map", "--left");
        var rightMap = ColumnMappingArgument.Option("--right-map", "--right");
        var matching = new MatchingOptions();
        var command = new Command("link", "Link the people of two CSV sources, each with its own column mapping.")
        {
            left, leftMap, right, rightMap,
        };
        matching.AddTo(command);
        command.SetAction(parsed =>
        {
            var missing = parsed.GetValue(matching.Missing);
            var a = CsvRecordReader.ReadTable(parsed.GetRequiredValue(left).FullName, parsed.GetValue(leftMap) ?? ColumnMapping.Default, missing);
            var b = CsvRecordReader.ReadTable(parsed.GetRequiredValue(right).FullName, parsed.GetValue(rightMap) ?? ColumnMapping.Default, missing);
            var run = LinkageReport.Start(parsed, matching);
            var result = new LinkageEngine(matching.Linkage(parsed)).Link(a.Records, b.Records);
            run.Write(result, "link", a, b);
            return 0;
        });
        return command;
    }

    public static Option<FileInfo> InputFile(string name, string what) => new(name)
    {
        Description = $"CSV of {what}, header first",
        HelpName = "FILE",
        Required = true,
    };
}
