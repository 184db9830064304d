using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ChildView.Identity.Server;

/// <summary>
/// RSA keys kept as PEM files, so tokens outlive a restart and every replica pointed at the same
/// folder (a Kubernetes secret) signs and decrypts with the same keys. A missing file is generated
/// once; replicas racing to create it each write a private temp file and link it into place
/// without overwriting, then all read back whichever file won.
/// </summary>
internal static class PersistedKeys
{
    private const int KeySizeInBits = 2048;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerOnlyFile | UnixFileMode.UserExecute;

    public static RsaSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        var key = new RsaSecurityKey(rsa);

        // The JWK thumbprint (RFC 7638) depends only on the public key: every replica derives the same kid.
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static void Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            WritePrivateFile(temp, NewPrivateKeyPem());
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key first; use theirs.
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string NewPrivateKeyPem()
    {
        using var rsa = RSA.Create(KeySizeInBits);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private static void WritePrivateFile(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 600 from the first byte, not chmod-ed afterwards: the key is never readable by others.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using var stream = new FileStream(path, options);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(content);
        }

        // On disk before it is linked into place, so a crash cannot leave an empty key behind the final name.
        stream.Flush(flushToDisk: true);
    }
}
