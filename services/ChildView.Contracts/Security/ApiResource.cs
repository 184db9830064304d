namespace ChildView.Contracts.Security;

/// <summary>
/// One protected API: the audience its tokens must carry and the scopes that grant reading and
/// writing it. Identity registers scopes from this list, the gateway builds its route policies from
/// it, and each API validates its own audience from it, so the three cannot drift apart.
/// </summary>
public sealed record ApiResource(string Name, string Audience, string ReadScope, string? WriteScope)
{
    public IEnumerable<string> Scopes => WriteScope is null ? [ReadScope] : [ReadScope, WriteScope];
}
