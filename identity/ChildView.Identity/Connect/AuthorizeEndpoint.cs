using ChildView.Identity.Account;
using ChildView.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Connect;

/// <summary>
/// OpenIddict has already validated the request (client, redirect URI, PKCE, scope permissions).
/// A signed-in user is issued a code straight away: every client is first-party, so there is no
/// consent screen. Anyone else is sent to the login page and comes back here.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, UserDirectory users, UserPrincipalFactory principals, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var login = await context.AuthenticateAsync(LoginCookie.Scheme);
        var user = login.Succeeded ? await users.FindActiveAsync(login.Principal.FindFirst(Claims.Subject)?.Value, cancellationToken) : null;
        if (user is null)
        {
            return request.HasPromptValue(PromptValues.None)
                ? ServerErrors.Forbid(Errors.LoginRequired, "The user is not signed in.")
                : Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnHere(context.Request) }, [LoginCookie.Scheme]);
        }

        var principal = await principals.CreateAsync(user, request.GetScopes(), cancellationToken);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The same authorization request again, as a GET, whether it arrived as a query or a form post.
    private static string ReturnHere(HttpRequest request) =>
        request.PathBase + request.Path + QueryString.Create(request.HasFormContentType ? request.Form : request.Query);
}
