namespace ChildView.Migration.Mapping;

/// <summary>A mapping file that cannot be used, with the line that is wrong and why.</summary>
public sealed class MappingException(string file, long line, string reason)
    : Exception($"{file}, line {line}: {reason}")
{
    public string File { get; } = file;

    public long Line { get; } = line;

    public string Reason { get; } = reason;
}
