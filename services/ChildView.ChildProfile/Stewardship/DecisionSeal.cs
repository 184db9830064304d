using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ChildView.ServiceKit.Configuration;

namespace ChildView.ChildProfile.Stewardship;

/// <summary>
/// Signs the steward decisions an export lists and checks them when they are replayed, with a key the
/// profile holds outside its database (<c>Profile:DecisionKey</c> or <c>Profile:DecisionKeyFile</c>):
/// nobody who can edit an export can make a decision nobody took, or one attributed to another steward,
/// look like history. A signature covers every field of the decision and its place in the export
/// (position and count), so a decision altered, added, dropped, moved or cut off the end of the list
/// no longer verifies. The export signs what the table holds: the table itself is written only by the
/// profile (stewards' roles may only read it).
/// </summary>
public sealed class DecisionSeal(byte[] key)
{
    public const string KeySetting = "Profile:DecisionKey";

    private const string Purpose = "childview steward decision export v1";

    public static DecisionSeal From(IConfiguration configuration) =>
        new(Encoding.UTF8.GetBytes(SecretSetting.Require(configuration, KeySetting, 32)));

    /// <summary>The export, each decision signed for its place in it.</summary>
    public IReadOnlyList<StewardDecisionResponse> Sign(IReadOnlyList<StewardDecisionResponse> export) =>
        export.Select((decision, position) => decision with { Signature = Convert.ToHexStringLower(Mac(decision, position, export.Count)) }).ToList();

    /// <summary>The positions whose decision is unsigned, or not signed for exactly this content at this place in this list.</summary>
    public IEnumerable<int> Unverified(IReadOnlyList<StewardDecisionResponse> decisions) =>
        Enumerable.Range(0, decisions.Count).Where(position => !Verifies(decisions[position], position, decisions.Count));

    private bool Verifies(StewardDecisionResponse decision, int position, int count)
    {
        Span<byte> claimed = stackalloc byte[SHA256.HashSizeInBytes];
        return decision.Signature is { Length: SHA256.HashSizeInBytes * 2 } signature
            && Convert.FromHexString(signature, claimed, out _, out _) == OperationStatus.Done
            && CryptographicOperations.FixedTimeEquals(claimed, Mac(decision, position, count));
    }

    private byte[] Mac(StewardDecisionResponse decision, int position, int count)
    {
        using var mac = new CanonicalMac(key);
        return mac.Add(Purpose).Add(position).Add(count)
            .Add(decision.Id).Add(decision.Sequence).Add(decision.Kind).Add(decision.Keys).Add(decision.OtherKeys)
            .Add(decision.MergeId).Add(decision.ReviewId).Add(decision.DecidedBy).Add(decision.Reason).Add(decision.DecidedAt)
            .Add(decision.ReplayedBy).Add(decision.ReplayedAt)
            .Finish();
    }
}
