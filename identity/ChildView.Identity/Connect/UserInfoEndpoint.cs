using ChildView.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Connect;

/// <summary>The signed-in user's claims, limited to what the access token's scopes cover.</summary>
internal static class UserInfoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, UserDirectory users, CancellationToken cancellationToken)
    {
        var token = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var user = await users.FindActiveAsync(token?.GetClaim(Claims.Subject), cancellationToken);
        if (token is null || user is null)
        {
            return ServerErrors.Challenge(Errors.InvalidToken, "The token does not belong to an active user.");
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (token.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName;
            claims[UserClaimTypes.Team] = user.Teams;
        }

        if (token.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = user.Roles;
        }

        return Results.Ok(claims);
    }
}
