using ChildView.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildView.ServiceDefaults;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer tokens from the ChildView identity service, checked for issuer, lifetime, signature
    /// and the given audiences. Every endpoint requires an authenticated caller unless it opts out.
    /// </summary>
    public static IHostApplicationBuilder AddTokenAuthentication(this IHostApplicationBuilder builder, params string[] audiences)
    {
        var identity = builder.Configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>()
            ?? throw new InvalidOperationException($"Configuration section '{IdentityOptions.Section}' (the identity service URL) is missing.");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = identity.Url;
                options.RequireHttpsMetadata = identity.RequireHttps;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ValidIssuer = identity.IssuerOrUrl;
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.ValidAudiences = audiences;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = "role";
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddScopePolicies(ApiResources.AllScopes);
        return builder;
    }
}

public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Where the identity service's discovery document and keys are fetched from.</summary>
    public required string Url { get; init; }

    /// <summary>The issuer tokens carry, when it differs from <see cref="Url"/> (e.g. behind an ingress).</summary>
    public string? Issuer { get; init; }

    public bool RequireHttps { get; init; }

    public string IssuerOrUrl => Issuer ?? (Url.EndsWith('/') ? Url : Url + "/");
}
