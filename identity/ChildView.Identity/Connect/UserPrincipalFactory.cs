using System.Collections.Frozen;
using System.Security.Claims;
using ChildView.Identity.Users;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Connect;

/// <summary>Builds the identity OpenIddict turns into a user's tokens, from the user's current record.</summary>
internal sealed class UserPrincipalFactory(IOpenIddictScopeManager scopeManager)
{
    // Identity-layer scopes: any signed-in user may have them. API scopes depend on job role.
    private static readonly FrozenSet<string> OpenIdScopes =
        new[] { Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess }.ToFrozenSet(StringComparer.Ordinal);

    public async Task<ClaimsPrincipal> CreateAsync(User user, IEnumerable<string> requestedScopes, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString());
        identity.SetClaim(Claims.Name, user.DisplayName);
        // The staff user name is how services record an allocated worker, so the profile matches caseloads on it.
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaims(Claims.Role, [.. user.Roles]);
        identity.SetClaims(UserClaimTypes.Team, [.. user.Teams]);

        // The client's permissions were already enforced by OpenIddict; here the user's job roles cut the request down further.
        var allowed = RoleScopes.AllowedFor(user.Roles);
        await identity.GrantAsync(requestedScopes.Where(scope => OpenIdScopes.Contains(scope) || allowed.Contains(scope)), scopeManager, cancellationToken);

        identity.SetDestinations(ClaimDestinations.For);
        return new ClaimsPrincipal(identity);
    }
}
