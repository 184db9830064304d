using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.Contracts.Access;

/// <summary>
/// The policy's <c>allocation</c> block: per service that records allocations, which job roles may
/// allocate (within their own teams) and which roles a case may be allocated to. A service the block
/// does not name has nobody who may allocate in a job role.
/// </summary>
public sealed class AllocationPolicy
{
    private readonly Dictionary<string, ServiceAllocationRules> _services;

    private AllocationPolicy(Dictionary<string, ServiceAllocationRules> services) => _services = services;

    /// <summary>The services that record allocations.</summary>
    public IEnumerable<string> Services => _services.Keys;

    public ServiceAllocationRules For(string service) =>
        _services.TryGetValue(service, out var rules) ? rules : ServiceAllocationRules.Nobody;

    internal static AllocationPolicy From(AllocationDocument? document, IReadOnlyList<string> roles, string version, JsonSerializerOptions json)
    {
        var services = new Dictionary<string, ServiceAllocationRules>(StringComparer.Ordinal);
        foreach (var (service, element) in document?.Services ?? [])
        {
            var rules = element.Deserialize<AllocationServiceDocument>(json)
                ?? throw new InvalidDataException($"Policy {version}: allocation.{service} is empty.");
            var named = rules.Allocators.Concat(rules.AllocatableRoles);
            if (named.Except(roles, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
            {
                throw new InvalidDataException($"Policy {version}: allocation.{service} names unknown roles: {string.Join(", ", unknown)}.");
            }

            services[service] = new ServiceAllocationRules(
                rules.Allocators.ToHashSet(StringComparer.Ordinal), rules.AllocatableRoles.ToHashSet(StringComparer.Ordinal));
        }

        return new AllocationPolicy(services);
    }
}

/// <param name="Allocators">Job roles that may allocate, correct, close or delete an allocation of one of their own teams.</param>
/// <param name="AllocatableRoles">Job roles a case may be allocated to.</param>
public sealed record ServiceAllocationRules(IReadOnlySet<string> Allocators, IReadOnlySet<string> AllocatableRoles)
{
    public static ServiceAllocationRules Nobody { get; } = new(new HashSet<string>(), new HashSet<string>());
}

/// <summary>The block as written: a description, then one entry per service.</summary>
internal sealed class AllocationDocument
{
    public string? Description { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Services { get; init; } = [];
}

internal sealed record AllocationServiceDocument(IReadOnlyList<string> Allocators, IReadOnlyList<string> AllocatableRoles);
