using System.Security.Claims;
using ChildView.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Connect;

/// <summary>
/// OpenIddict has already authenticated the client and checked the grant and scope permissions;
/// this decides who the token is about. User grants are rebuilt from the current user record, so
/// a disabled account or a changed job role takes effect at the next refresh.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IOpenIddictApplicationManager applications,
        IOpenIddictScopeManager scopeManager,
        UserDirectory users,
        UserPrincipalFactory principals,
        CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            return SignIn(await ClientPrincipalAsync(request, applications, scopeManager, cancellationToken));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var grant = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = await users.FindActiveAsync(grant?.GetClaim(Claims.Subject), cancellationToken);
            if (grant is null || user is null)
            {
                return ServerErrors.Forbid(Errors.InvalidGrant, "The user no longer exists or has been disabled.");
            }

            var principal = await principals.CreateAsync(user, grant.GetScopes(), cancellationToken);
            principal.SetAuthorizationId(grant.GetAuthorizationId()); // keeps refresh tokens tied to the original grant
            return SignIn(principal);
        }

        return ServerErrors.Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<ClaimsPrincipal> ClientPrincipalAsync(
        OpenIddictRequest request, IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopeManager, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException($"Client '{request.ClientId}' passed authentication but cannot be found.");

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));
        await identity.GrantAsync(request.GetScopes(), scopeManager, cancellationToken);
        identity.SetDestinations(ClaimDestinations.For);
        return new ClaimsPrincipal(identity);
    }

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
