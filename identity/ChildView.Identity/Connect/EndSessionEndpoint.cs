using ChildView.Identity.Account;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace ChildView.Identity.Connect;

/// <summary>
/// Ends the login session. Access tokens already issued stay valid until they expire (30 minutes):
/// the APIs validate them offline.
/// </summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        await context.SignOutAsync(LoginCookie.Scheme);

        // OpenIddict redirects to the client's registered post_logout_redirect_uri when one was given; otherwise home.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
