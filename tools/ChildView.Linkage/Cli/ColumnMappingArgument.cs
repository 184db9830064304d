using System.CommandLine;
using System.Text.Json;
using ChildView.Linkage.Records;

namespace ChildView.Linkage.Cli;

/// <summary>
/// A <c>--map</c>-style option: "key=column,key=column" inline, or "@file.json" holding one JSON object of
/// key → column, for mappings worth keeping beside the extract.
/// </summary>
public static class ColumnMappingArgument
{
    public static Option<ColumnMapping?> Option(string name, string whichFile) => new(name)
    {
        Description = $"column mapping of {whichFile}: key=column,... or @mapping.json (see the keys below); without it, FEBRL's column names",
        HelpName = "key=column,...|@file",
        CustomParser = result =>
        {
            try
            {
                return Parse(result.Tokens[0].Value);
            }
            catch (Exception error) when (error is ColumnMappingException or JsonException or IOException or UnauthorizedAccessException)
            {
                result.AddError($"{name}: {error.Message}");
                return null;
            }
        },
    };

    public static ColumnMapping Parse(string text)
    {
        if (!text.StartsWith('@'))
            return ColumnMapping.Parse(text);
        var path = text[1..];
        if (!File.Exists(path))
            throw new FileNotFoundException($"mapping file {path}: no such file", path);
        var pairs = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new ColumnMappingException($"mapping file {path} holds null, not a JSON object of key → column");
        try
        {
            return ColumnMapping.FromPairs(pairs);
        }
        catch (ColumnMappingException error)
        {
            throw new ColumnMappingException($"mapping file {path}: {error.Message}");
        }
    }

    /// <summary>The mapping keys as help text.</summary>
    public static void WriteKeys(TextWriter output)
    {
        output.WriteLine("Mapping keys (key=column; a mapping reads only the keys it names):");
        foreach (var (key, meaning) in ColumnMapping.Keys)
            output.WriteLine($"  {key,-15}{meaning}");
        output.WriteLine("Example (RLdata10000): given=fname_c1,family=lname_c1,dob_year=by,dob_month=bm,dob_day=bd,id=id,truth=true_id");
        output.WriteLine("""A mapping file (@file) holds the same as one JSON object: {"given": "fname_c1", "family": "lname_c1"}""");
    }
}
