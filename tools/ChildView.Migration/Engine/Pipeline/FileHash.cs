using System.Security.Cryptography;

namespace ChildView.Migration.Pipeline;

public static class FileHash
{
    /// <summary>SHA-256 of the input: the audit names exactly which file was loaded, and a resume only continues the same file.</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
