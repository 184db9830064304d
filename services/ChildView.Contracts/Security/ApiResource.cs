namespace ChildView.Contracts.Security;

/// <summary>
/// One protected API: the audience its tokens must carry and the scopes that grant reading,
/// writing and administering it. Identity registers scopes from this list, the gateway builds its
/// route policies from it, and each API validates its own audience from it, so they cannot drift.
/// </summary>
/// <param name="AdminScope">Operations on the API itself (e.g. republishing every record); never part of a job role's daily work.</param>
public sealed record ApiResource(string Name, string Audience, string ReadScope, string? WriteScope, string? AdminScope = null)
{
    /// <summary>The scopes of day-to-day work: read and, where the API takes writes, write.</summary>
    public IEnumerable<string> Scopes => WriteScope is null ? [ReadScope] : [ReadScope, WriteScope];

    /// <summary>Every scope this API defines, administration included.</summary>
    public IEnumerable<string> AllScopes => AdminScope is null ? Scopes : [.. Scopes, AdminScope];
}
