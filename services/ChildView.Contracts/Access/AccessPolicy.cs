using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildView.Contracts.Access;

/// <summary>
/// The declarative access policy (<c>policy/access-policy.json</c>): for every profile section and
/// field, the least relationship each job role needs to see it. Everything that enforces access —
/// gateway, profile composition, database grants and row policies — is derived from this one file.
/// </summary>
public sealed class AccessPolicy
{
    public const string FamilySectionName = "family";

    // Declared before Current: static initialisers run in textual order.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<(string Role, string Section, string Field), Relationship> _rules;

    private AccessPolicy(PolicyDocument document)
    {
        Version = document.Version;
        Roles = document.Roles;
        BreakGlassRoles = document.BreakGlass.Roles.ToHashSet(StringComparer.Ordinal);
        BreakGlassDuration = TimeSpan.FromMinutes(document.BreakGlass.Minutes);
        AuditReaders = document.Audit.Readers.ToHashSet(StringComparer.Ordinal);
        BreakGlassReviewers = document.Audit.ReviewsBreakGlass.ToHashSet(StringComparer.Ordinal);
        IdentityStewards = (document.IdentityResolution?.Stewards ?? []).ToHashSet(StringComparer.Ordinal);
        if (IdentityStewards.Except(Roles, StringComparer.Ordinal).ToList() is { Count: > 0 } unknownStewards)
        {
            throw new InvalidDataException($"Policy {Version}: identityResolution.stewards names unknown roles: {string.Join(", ", unknownStewards)}.");
        }
        Sections = document.Sections;
        Services = new ServiceRecordPolicy(document.Version, document.Roles, document.Services);
        WorklistReaders = (document.Worklist?.Readers ?? []).ToHashSet(StringComparer.Ordinal);
        WorklistAssigners = (document.Worklist?.Assigners ?? []).ToHashSet(StringComparer.Ordinal);
        FamilyReviewers = (document.Worklist?.FamilyReviewers ?? []).ToHashSet(StringComparer.Ordinal);
        Family = new PolicySection(FamilySectionName, null, document.Family?.Fields ?? []);
        Allocation = AllocationPolicy.From(document.Allocation, Roles, Version, JsonOptions);
        _rules = [];
        foreach (var section in document.Sections.Append(Family))
        {
            foreach (var field in section.Fields)
            {
                foreach (var role in Roles)
                {
                    var rule = field.Access.TryGetValue(role, out var name)
                        ? RelationshipNames.Parse(name)
                        : throw new InvalidDataException($"Policy {Version}: {section.Name}.{field.Name} has no rule for role '{role}' (every role must be explicit).");
                    _rules[(role, section.Name, field.Name)] = rule;
                }

                var unknown = field.Access.Keys.Except(Roles, StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                {
                    throw new InvalidDataException($"Policy {Version}: {section.Name}.{field.Name} names unknown roles: {string.Join(", ", unknown)}.");
                }
            }
        }

        // Flags are a summary field: a worklist role that may not see flags would see an empty list.
        var blind = WorklistReaders.Concat(WorklistAssigners).Concat(FamilyReviewers)
            .Where(role => !Roles.Contains(role) || Rule(role, "summary", "flags") != Relationship.Any).Distinct().ToList();
        if (blind.Count > 0)
        {
            throw new InvalidDataException($"Policy {Version}: worklist names roles that are unknown or may not see summary.flags: {string.Join(", ", blind)}.");
        }
    }

    public string Version { get; }

    public IReadOnlyList<string> Roles { get; }

    public IReadOnlySet<string> BreakGlassRoles { get; }

    public TimeSpan BreakGlassDuration { get; }

    /// <summary>Roles that may read the audit log (who accessed a child, what a user accessed).</summary>
    public IReadOnlySet<string> AuditReaders { get; }

    /// <summary>Roles that review break-the-glass grants (accept or flag).</summary>
    public IReadOnlySet<string> BreakGlassReviewers { get; }

    /// <summary>Roles that decide possible matches and merge or unmerge children.</summary>
    public IReadOnlySet<string> IdentityStewards { get; }

    public IReadOnlyList<PolicySection> Sections { get; }

    /// <summary>Who may read and change each record type in the services' own APIs.</summary>
    public ServiceRecordPolicy Services { get; }

    /// <summary>Roles that may use the early-help worklist (each sees only the flags the database shows it).</summary>
    public IReadOnlySet<string> WorklistReaders { get; }

    /// <summary>Roles that may assign a worklist flag they can see.</summary>
    public IReadOnlySet<string> WorklistAssigners { get; }

    /// <summary>Roles shown family-level early-help review flags.</summary>
    public IReadOnlySet<string> FamilyReviewers { get; }

    /// <summary>
    /// The family view's fields (<c>members</c>, <c>adults</c>, <c>households</c>). Kept apart from
    /// <see cref="Sections"/>, which are one child's profile: a family rule is met by the caller's
    /// closest relationship to any child of the family. <see cref="Rule"/> answers for it as section "family".
    /// </summary>
    public PolicySection Family { get; }

    /// <summary>Roles that see only the children allocated within their scope in a service's own API (from the services block).</summary>
    public IReadOnlySet<string> TeamScopedRoles(string service) => Services.TeamScopedRoles(service);

    /// <summary>Who may allocate cases, and to whom, in each service that records allocations.</summary>
    public AllocationPolicy Allocation { get; }

    public IEnumerable<(PolicySection Section, PolicyField Field)> Fields =>
        Sections.SelectMany(section => section.Fields.Select(f => (section, f)));

    /// <summary>The policy embedded in the contracts assembly: the one every component uses.</summary>
    public static AccessPolicy Current { get; } = LoadEmbedded();

    public static AccessPolicy Parse(string json) =>
        new(JsonSerializer.Deserialize<PolicyDocument>(json, JsonOptions) ?? throw new InvalidDataException("The access policy is empty."));

    /// <summary>The least relationship <paramref name="role"/> needs to see <paramref name="section"/>.<paramref name="field"/>; an unknown role needs what nobody has.</summary>
    public Relationship Rule(string role, string section, string field) =>
        _rules.TryGetValue((role, section, field), out var rule) ? rule : Relationship.None;

    /// <summary>Whether any of the caller's roles lets them see the field of a child they stand to as <paramref name="standing"/> says.</summary>
    public bool Allows(IEnumerable<string> roles, string section, string field, CallerStanding standing) =>
        roles.Any(role => Allows(Rule(role, section, field), standing));

    /// <summary>
    /// A rule of "any" is met by everyone; "team" and "caseload" by a close enough relationship; a
    /// live break-the-glass grant meets any rule short of "none".
    /// </summary>
    public static bool Allows(Relationship rule, CallerStanding standing) => rule switch
    {
        Relationship.None => false,
        Relationship.Any => true,
        Relationship.BreakGlass => standing.HasBreakGlassGrant,
        _ => standing.HasBreakGlassGrant || standing.Relationship <= rule && standing.Relationship >= Relationship.Caseload,
    };

    /// <summary>The section and field a profile record type belongs to, or null when the policy does not know it (then nobody sees it).</summary>
    public (PolicySection Section, PolicyField Field)? FieldOfRecordType(string recordType) =>
        Fields.Where(f => f.Field.RecordTypes.Contains(recordType, StringComparer.Ordinal)).Select(f => ((PolicySection, PolicyField)?)f).FirstOrDefault();

    private static AccessPolicy LoadEmbedded()
    {
        using var stream = typeof(AccessPolicy).Assembly.GetManifestResourceStream("ChildView.AccessPolicy.json")
            ?? throw new InvalidOperationException("The access policy is not embedded in ChildView.Contracts.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private sealed record PolicyDocument(
        string Version, IReadOnlyList<string> Roles, BreakGlassDocument BreakGlass, AuditDocument Audit, IReadOnlyList<PolicySection> Sections,
        IdentityResolutionDocument? IdentityResolution, WorklistDocument? Worklist, FamilyDocument? Family,
        ServiceRecordPolicy.ServicesDocument? Services, AllocationDocument? Allocation);

    private sealed record IdentityResolutionDocument(IReadOnlyList<string> Stewards);

    private sealed record WorklistDocument(IReadOnlyList<string> Readers, IReadOnlyList<string> Assigners, IReadOnlyList<string> FamilyReviewers);

    private sealed record FamilyDocument(IReadOnlyList<PolicyField> Fields);

    private sealed record AuditDocument(IReadOnlyList<string> Readers, IReadOnlyList<string> ReviewsBreakGlass);

    private sealed record BreakGlassDocument(int Minutes, IReadOnlyList<string> Roles);
}

public sealed record PolicySection(string Name, string? Source, IReadOnlyList<PolicyField> Fields);

public sealed record PolicyField(string Name, IReadOnlyDictionary<string, string> Access)
{
    /// <summary>The profile record types this field is made of (empty for summary fields held on the child itself).</summary>
    [JsonPropertyName("recordTypes")]
    public IReadOnlyList<string> RecordTypes { get; init; } = [];
}
