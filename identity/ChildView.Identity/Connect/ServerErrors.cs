using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace ChildView.Identity.Connect;

internal static class ServerErrors
{
    /// <summary>An OAuth error response (e.g. invalid_grant), written by OpenIddict in the protocol's format.</summary>
    public static IResult Forbid(string error, string description) =>
        Results.Forbid(WithError(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>A 401 with a WWW-Authenticate error, for bearer-token endpoints such as userinfo.</summary>
    public static IResult Challenge(string error, string description) =>
        Results.Challenge(WithError(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties WithError(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
