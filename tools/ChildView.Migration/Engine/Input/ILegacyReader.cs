namespace ChildView.Migration.Input;

/// <summary>Streams the rows of one legacy export, header first; never holds the whole file.</summary>
public interface ILegacyReader : IDisposable
{
    LegacyHeader Header { get; }

    /// <summary>The next data row and its row number (the header is row 1), or false at the end.</summary>
    bool TryRead(out long rowNumber, out string?[] values);

    /// <summary>How far through the file the reader is, in bytes (for progress); 0 when unknown.</summary>
    long Position { get; }

    /// <summary>The file's length in bytes, or 0 when progress cannot be measured.</summary>
    long Length { get; }
}
