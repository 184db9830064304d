using ChildView.Contracts.Security;

namespace ChildView.Identity.Clients;

/// <summary>Machine clients (client credentials) and the API scopes each may ask for.</summary>
public static class ServiceClients
{
    public sealed record ServiceClient(string ClientId, string DisplayName, IReadOnlyList<string> Scopes);

    /// <summary>Operations tooling, the demo seeder and benchmarks: every API scope.</summary>
    public const string OperationsClientId = "childview-ops";

    public static IReadOnlyList<ServiceClient> All { get; } =
    [
        new("education-service", "Education service", [.. ApiResources.Education.Scopes]),
        new("socialcare-service", "Social care service", [.. ApiResources.SocialCare.Scopes, ApiResources.Directory.ReadScope]),
        new("youthoffending-service", "Youth offending service", [.. ApiResources.YouthOffending.Scopes, ApiResources.Directory.ReadScope]),
        new("earlyyears-service", "Early years service", [.. ApiResources.EarlyYears.Scopes, ApiResources.Directory.ReadScope]),
        new("profile-service", "Child profile service", [.. ApiResources.Profile.Scopes]),
        new(OperationsClientId, "ChildView operations", [.. ApiResources.AllScopes]),
    ];
}
