using System.Security.Cryptography;
using System.Text;
using ChildView.ServiceKit.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChildView.ServiceKit.Auditing;

/// <summary>
/// The key that seals the audit chain (<c>Audit:ChainKey</c> or <c>Audit:ChainKeyFile</c>). It never
/// enters the database, so nobody who can only write to the database can recompute a valid chain.
/// </summary>
public sealed class AuditChainKey(byte[] key)
{
    public static readonly byte[] Genesis = new byte[32];

    public static AuditChainKey From(IConfiguration configuration) =>
        new(Encoding.UTF8.GetBytes(SecretSetting.Require(configuration, "Audit:ChainKey", 32)));

    /// <summary>The MAC of one row: its content and the previous row's MAC.</summary>
    public byte[] Link(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> content)
    {
        var message = new byte[previous.Length + content.Length];
        previous.CopyTo(message);
        content.CopyTo(message.AsSpan(previous.Length));
        return HMACSHA256.HashData(key, message);
    }

    /// <summary>The MAC of an anchor line, so an anchor cannot be edited to match a rewritten chain.</summary>
    public string Seal(string anchor) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("anchor|" + anchor)));
}
