using System.Globalization;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// An append-only file of sealed chain heads, one line each: <c>seq hash unix-ms seal</c>. It lives
/// outside the database, so deleting the newest rows or truncating the log leaves an anchor that
/// names rows no longer there.
/// </summary>
public sealed class AuditAnchorFile(string directory, AuditChainKey key)
{
    private readonly Lock _append = new();
    private string? _path;

    /// <summary>The file, once <see cref="Locate"/> has named the log it anchors.</summary>
    public string Path => _path ?? throw new InvalidOperationException("The audit anchor file has not been located yet.");

    /// <summary>Names the file after the log's database (its name and identity, so a recreated database starts a new file).</summary>
    public void Locate(string logName) => _path = System.IO.Path.Combine(directory, logName + ".anchors");

    public void Append(AuditAnchor anchor)
    {
        var body = Body(anchor);
        var path = Path;
        lock (_append)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            using var writer = new StreamWriter(file);
            writer.Write($"{body} {key.Seal(body)}\n");
            writer.Flush();
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every anchor, or the first line whose seal does not match (an edited anchor file).</summary>
    public (IReadOnlyList<AuditAnchor> Anchors, string? Problem) Read()
    {
        var path = Path;
        if (!File.Exists(path))
        {
            return ([], null);
        }

        var anchors = new List<AuditAnchor>();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split(' ');
            if (parts.Length != 4
                || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var seq)
                || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ms)
                || key.Seal(string.Join(' ', parts[..3])) != parts[3])
            {
                // A torn last line (a crash mid-write) is not tampering; anything else is.
                if (reader.Peek() < 0 && parts.Length < 4)
                {
                    break;
                }

                return (anchors, $"anchor file {path}, line {number}: not sealed by the chain key (edited or forged)");
            }

            anchors.Add(new AuditAnchor(seq, parts[1], DateTimeOffset.FromUnixTimeMilliseconds(ms)));
        }

        return (anchors, null);
    }

    private static string Body(AuditAnchor anchor) =>
        string.Create(CultureInfo.InvariantCulture, $"{anchor.Seq} {anchor.Hash} {anchor.At.ToUnixTimeMilliseconds()}");
}
