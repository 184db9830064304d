using System.Security.Claims;
using OpenIddict.Abstractions;

namespace ChildView.Identity.Connect;

internal static class ScopeGrant
{
    /// <summary>
    /// Grants the scopes and sets <c>aud</c> to the audiences registered for them, so each API
    /// accepts only tokens that were granted one of its own scopes.
    /// </summary>
    public static async Task GrantAsync(this ClaimsIdentity identity, IEnumerable<string> scopes, IOpenIddictScopeManager scopeManager, CancellationToken cancellationToken)
    {
        identity.SetScopes(scopes);
        identity.SetResources(await scopeManager.ListResourcesAsync(identity.GetScopes(), cancellationToken).ToListAsync(cancellationToken));
    }
}
