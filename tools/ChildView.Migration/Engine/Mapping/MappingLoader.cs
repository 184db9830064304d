using System.Globalization;
using ChildView.Migration.Targets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChildView.Migration.Mapping;

/// <summary>
/// Reads a YAML mapping file node by node, so that every mistake is reported with the line it is on
/// (a typo in a field name, a legacy code mapped to something that is not a DfE code …) before any row is read.
/// </summary>
public static class MappingLoader
{
    private static readonly HashSet<string> TopLevelKeys = ["source", "target", "key", "dateFormats", "columns", "required", "codes"];

    public static SourceMapping Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static SourceMapping Parse(string yaml, string fileName = "mapping.yaml")
    {
        var root = ReadRoot(yaml, fileName);
        MappingException Error(YamlNode node, string reason) => new(fileName, node.Start.Line, reason);

        foreach (var key in root.Children.Keys)
        {
            if (!TopLevelKeys.Contains(Scalar(key, fileName)))
                throw Error(key, $"unknown setting '{Scalar(key, fileName)}' (expected one of: {string.Join(", ", TopLevelKeys)})");
        }

        var source = RequiredScalar(root, "source", fileName);
        if (source.Value.Length is 0 or > 100)
            throw Error(source.Node, "'source' must be a name of 1 to 100 characters");

        var targetNode = RequiredScalar(root, "target", fileName);
        var target = MigrationTargets.Find(targetNode.Value)
            ?? throw Error(targetNode.Node, $"unknown target '{targetNode.Value}' (known: {string.Join(", ", MigrationTargets.All.Select(t => t.Name))})");
        var fields = target.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

        var keyColumn = RequiredScalar(root, "key", fileName).Value;
        var columns = ReadColumns(root, fields, fileName);
        var dateFormats = ReadDateFormats(root, fileName);
        var required = ReadRequired(root, fields, fileName);
        var codeMaps = ReadCodeMaps(root, fields, fileName);

        var mappedFields = columns.Values.ToHashSet(StringComparer.Ordinal);
        var columnsNode = root.Children.Keys.First(k => k is YamlScalarNode { Value: "columns" });
        foreach (var field in target.Fields.Where(f => (f.Required || required.Contains(f.Name)) && !mappedFields.Contains(f.Name)))
            throw Error(columnsNode, $"required field '{field.Name}' of {target.Name} is not mapped from any column");

        return new SourceMapping(source.Value, target, keyColumn, columns, codeMaps, dateFormats, required);
    }

    private static YamlMappingNode ReadRoot(string yaml, string fileName)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException error)
        {
            throw new MappingException(fileName, error.Start.Line, $"not valid YAML: {error.Message}");
        }
        catch (InvalidOperationException error)
        {
            // Some structural errors surface from the node builder rather than the parser: name where the parser stopped.
            throw new MappingException(fileName, parser.Current?.Start.Line ?? 1, $"not valid YAML: {error.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new MappingException(fileName, 1, "a mapping file is a YAML mapping with source, target, key and columns");
        return root;
    }

    private static Dictionary<string, string> ReadColumns(YamlMappingNode root, Dictionary<string, TargetField> fields, string fileName)
    {
        var node = RequiredNode<YamlMappingNode>(root, "columns", fileName, "a mapping of legacy column → ChildView field");
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var fedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (columnNode, fieldNode) in node.Children)
        {
            var column = Scalar(columnNode, fileName);
            var field = Scalar(fieldNode, fileName);
            if (!fields.ContainsKey(field))
                throw new MappingException(fileName, fieldNode.Start.Line, $"column '{column}' maps to unknown field '{field}' (fields: {string.Join(", ", fields.Keys)})");
            if (fedBy.TryGetValue(field, out var other))
                throw new MappingException(fileName, fieldNode.Start.Line, $"field '{field}' is already fed by column '{other}'");
            if (!columns.TryAdd(column, field))
                throw new MappingException(fileName, columnNode.Start.Line, $"column '{column}' is mapped twice");
            fedBy[field] = column;
        }

        return columns;
    }

    private static string[] ReadDateFormats(YamlMappingNode root, string fileName)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("dateFormats"), out var node))
            return ["yyyy-MM-dd"];
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
            throw new MappingException(fileName, node.Start.Line, "'dateFormats' must be a non-empty list of .NET date formats such as dd/MM/yyyy");
        var probe = new DateOnly(2009, 11, 23);
        return list.Children.Select(item =>
        {
            var format = Scalar(item, fileName);
            var roundTrips = format.Contains('d', StringComparison.Ordinal) && format.Contains('M', StringComparison.Ordinal) && format.Contains('y', StringComparison.Ordinal)
                && DateOnly.TryParseExact(probe.ToString(format, CultureInfo.InvariantCulture), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back) && back == probe;
            return roundTrips ? format : throw new MappingException(fileName, item.Start.Line, $"'{format}' is not a date format with day, month and year (e.g. dd/MM/yyyy)");
        }).ToArray();
    }

    private static HashSet<string> ReadRequired(YamlMappingNode root, Dictionary<string, TargetField> fields, string fileName)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("required"), out var node))
            return required;
        if (node is not YamlSequenceNode list)
            throw new MappingException(fileName, node.Start.Line, "'required' must be a list of ChildView field names");
        foreach (var item in list.Children)
        {
            var field = Scalar(item, fileName);
            if (!fields.ContainsKey(field))
                throw new MappingException(fileName, item.Start.Line, $"'required' names unknown field '{field}'");
            required.Add(field);
        }

        return required;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadCodeMaps(YamlMappingNode root, Dictionary<string, TargetField> fields, string fileName)
    {
        var maps = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("codes"), out var node))
            return maps;
        if (node is not YamlMappingNode byField)
            throw new MappingException(fileName, node.Start.Line, "'codes' must map a field to its legacy → DfE code pairs");
        foreach (var (fieldNode, pairsNode) in byField.Children)
        {
            var name = Scalar(fieldNode, fileName);
            if (!fields.TryGetValue(name, out var field) || field.Codes is null)
                throw new MappingException(fileName, fieldNode.Start.Line, $"'{name}' is not a coded field (coded: {string.Join(", ", fields.Values.Where(f => f.Codes is not null).Select(f => f.Name))})");
            if (pairsNode is not YamlMappingNode pairs)
                throw new MappingException(fileName, pairsNode.Start.Line, $"codes for '{name}' must be legacy: DfE pairs");
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (legacyNode, dfeNode) in pairs.Children)
            {
                var dfe = Scalar(dfeNode, fileName);
                if (!field.Codes.Contains(dfe))
                    throw new MappingException(fileName, dfeNode.Start.Line, $"'{dfe}' is not a {name} code (allowed: {string.Join(", ", field.Codes.Order(StringComparer.Ordinal))})");
                if (!map.TryAdd(Scalar(legacyNode, fileName), dfe))
                    throw new MappingException(fileName, legacyNode.Start.Line, $"legacy code '{Scalar(legacyNode, fileName)}' is mapped twice");
            }

            maps[name] = map;
        }

        return maps;
    }

    private static (string Value, YamlNode Node) RequiredScalar(YamlMappingNode root, string key, string fileName)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node))
            throw new MappingException(fileName, root.Start.Line, $"'{key}' is missing");
        return (Scalar(node, fileName).Trim(), node);
    }

    private static T RequiredNode<T>(YamlMappingNode root, string key, string fileName, string expected) where T : YamlNode
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var node))
            throw new MappingException(fileName, root.Start.Line, $"'{key}' is missing");
        return node as T ?? throw new MappingException(fileName, node.Start.Line, $"'{key}' must be {expected}");
    }

    private static string Scalar(YamlNode node, string fileName) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new MappingException(fileName, node.Start.Line, "expected a single value here");
}
