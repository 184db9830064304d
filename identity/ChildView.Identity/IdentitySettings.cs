namespace ChildView.Identity;

/// <summary>The identity service's own <c>Identity</c> configuration section.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>
    /// The issuer every token carries. Set explicitly because behind an ingress the request's
    /// host is not the public one, and the APIs compare this value byte for byte.
    /// </summary>
    public Uri? Issuer { get; init; }

    /// <summary>Plain HTTP for loopback dev and tests; in production TLS ends at the ingress.</summary>
    public bool AllowHttp { get; init; }

    /// <summary>Folder of the PEM key files; relative paths are under the content root.</summary>
    public string KeyDirectory { get; init; } = "keys";

    public string[] SwaggerRedirectUris { get; init; } = [];

    /// <summary>Browser origins (Swagger UIs) allowed to call the token endpoint.</summary>
    public string[] CorsOrigins { get; init; } = [];

    /// <summary>Client id → secret. A confidential client without a secret here is not registered.</summary>
    public Dictionary<string, string> ClientSecrets { get; init; } = [];

    public bool SeedDemoUsers { get; init; }

    public static IdentitySettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<IdentitySettings>() ?? new IdentitySettings();
        if (settings.Issuer is not { IsAbsoluteUri: true })
        {
            throw new InvalidOperationException($"'{Section}:Issuer' must be set to the absolute URL tokens are issued under (e.g. http://localhost:5100/).");
        }

        return settings;
    }
}
