using System.Security.Claims;
using ChildView.Identity.Users;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChildView.Identity.Connect;

/// <summary>
/// Which token each claim goes into; OpenIddict drops claims without a destination. The APIs
/// need everything in the access token; the id token only carries what the client asked to see
/// through the profile and roles scopes.
/// </summary>
internal static class ClaimDestinations
{
    private static readonly string[] AccessTokenOnly = [Destinations.AccessToken];
    private static readonly string[] Both = [Destinations.AccessToken, Destinations.IdentityToken];

    public static IEnumerable<string> For(Claim claim) => claim.Type switch
    {
        Claims.Subject => Both,
        Claims.Name or Claims.PreferredUsername or UserClaimTypes.Team => Granted(claim, Scopes.Profile),
        Claims.Role => Granted(claim, Scopes.Roles),
        _ => [],
    };

    private static string[] Granted(Claim claim, string scope) =>
        claim.Subject is { } identity && identity.HasScope(scope) ? Both : AccessTokenOnly;
}
