using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ChildView.ServiceDefaults;

/// <summary>
/// OAuth scopes arrive as one space-separated <c>scope</c> claim (or, from some issuers, one claim
/// per scope), so a plain RequireClaim cannot test them.
/// </summary>
public static class ScopeAuthorization
{
    public const string ScopeClaim = "scope";

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(ScopeClaim)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context => context.User.HasScope(scope));

    /// <summary>The policy name for a scope is the scope itself, everywhere (gateway routes, API endpoints).</summary>
    public static AuthorizationBuilder AddScopePolicies(this AuthorizationBuilder authorization, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes)
        {
            authorization.AddPolicy(scope, policy => policy.RequireScope(scope));
        }

        return authorization;
    }
}
