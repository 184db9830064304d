using System.Security.Claims;
using ChildView.Identity.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Account;

/// <summary>
/// The browser session with the identity service itself. It only names the user; tokens are
/// always built from the current user record, so a stale cookie cannot carry old roles.
/// </summary>
public static class LoginCookie
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string LoginPath = "/account/login";

    private static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8); // a working day

    public static IHostApplicationBuilder AddLoginCookie(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        var secure = settings.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.ExpireTimeSpan = SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "childview.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax; // Lax still rides along on the top-level redirects of the authorization flow
            cookie.Cookie.SecurePolicy = secure;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "childview.antiforgery";
            antiforgery.Cookie.SecurePolicy = secure;
        });
        return builder;
    }

    public static ClaimsPrincipal PrincipalFor(User user) => new(new ClaimsIdentity(
        [new Claim(Claims.Subject, user.Id.ToString()), new Claim(Claims.Name, user.DisplayName)],
        Scheme,
        Claims.Name,
        Claims.Role));
}
