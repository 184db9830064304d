namespace ChildView.Contracts.Access;

/// <summary>What a caller may do to a record in a service's own API.</summary>
public enum RecordAction
{
    Read,
    List,
    Create,
    Update,
    Close,
    Delete,
}

/// <summary>
/// The policy's <c>services</c> block: for each service and record type, the relationship each job role
/// needs to read it and the actions each role may take. Machine clients (no job role) are not covered:
/// their OAuth scopes alone decide.
/// </summary>
public sealed class ServiceRecordPolicy
{
    private static readonly IReadOnlySet<string> WriteActionNames = new HashSet<string>(StringComparer.Ordinal) { "create", "update", "close", "delete" };

    private readonly Dictionary<(string Service, string RecordType), ServiceRecordRules> _records = [];
    private readonly HashSet<string> _allocatingServices = new(StringComparer.Ordinal);

    internal ServiceRecordPolicy(string version, IReadOnlyList<string> roles, ServicesDocument? document)
    {
        foreach (var service in document?.Services ?? [])
        {
            if (service.Allocations)
            {
                _allocatingServices.Add(service.Name);
            }

            foreach (var record in service.Records)
            {
                var where = $"Policy {version}: services.{service.Name}.{record.Type}";
                var read = new Dictionary<string, Relationship>(StringComparer.Ordinal);
                foreach (var role in roles)
                {
                    if (!record.Read.TryGetValue(role, out var name))
                    {
                        throw new InvalidDataException($"{where}.read has no rule for role '{role}' (every role must be explicit).");
                    }

                    var rule = RelationshipNames.Parse(name);
                    if (rule == Relationship.BreakGlass || (!service.Allocations && rule is Relationship.Team or Relationship.Caseload))
                    {
                        throw new InvalidDataException($"{where}.read.{role} is '{name}': services have no break-the-glass, and only services recording allocations know teams and caseloads.");
                    }

                    read[role] = rule;
                }

                var write = new Dictionary<string, IReadOnlySet<RecordAction>>(StringComparer.Ordinal);
                foreach (var (role, actions) in record.Write ?? new Dictionary<string, IReadOnlyList<string>>())
                {
                    if (!roles.Contains(role) || actions.Any(a => !WriteActionNames.Contains(a)))
                    {
                        throw new InvalidDataException($"{where}.write.{role}: unknown role or action (create, update, close, delete).");
                    }

                    if (read[role] == Relationship.None)
                    {
                        throw new InvalidDataException($"{where}.write.{role}: a role that may not read a record type may not change it.");
                    }

                    write[role] = actions.Select(a => Enum.Parse<RecordAction>(a, ignoreCase: true)).ToHashSet();
                }

                if (!_records.TryAdd((service.Name, record.Type), new ServiceRecordRules(read, write)))
                {
                    throw new InvalidDataException($"{where} is declared twice.");
                }
            }
        }
    }

    public IEnumerable<(string Service, string RecordType)> RecordTypes => _records.Keys;

    /// <summary>Whether the service records allocations, so that team and caseload rules can be met there.</summary>
    public bool RecordsAllocations(string service) => _allocatingServices.Contains(service);

    /// <summary>
    /// The widest relationship any of <paramref name="roles"/> needs to read the record type; a record
    /// type the policy does not name is read by nobody.
    /// </summary>
    public Relationship Read(IEnumerable<string> roles, string service, string recordType) =>
        _records.TryGetValue((service, recordType), out var rules)
            ? roles.Select(role => rules.Read.GetValueOrDefault(role, Relationship.None)).DefaultIfEmpty(Relationship.None).Max()
            : Relationship.None;

    /// <summary>Roles the service scopes to allocations (a team or caseload rule on any of its record types).</summary>
    public IReadOnlySet<string> TeamScopedRoles(string service) => _records
        .Where(r => r.Key.Service == service)
        .SelectMany(r => r.Value.Read.Where(rule => rule.Value is Relationship.Team or Relationship.Caseload).Select(rule => rule.Key))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether any of <paramref name="roles"/> may take <paramref name="action"/> (reads are <see cref="Read"/>'s).</summary>
    public bool MayChange(IEnumerable<string> roles, string service, string recordType, RecordAction action) =>
        _records.TryGetValue((service, recordType), out var rules)
        && roles.Any(role => rules.Write.TryGetValue(role, out var actions) && actions.Contains(action));

    private sealed record ServiceRecordRules(IReadOnlyDictionary<string, Relationship> Read, IReadOnlyDictionary<string, IReadOnlySet<RecordAction>> Write);

    internal sealed record ServicesDocument(IReadOnlyList<ServiceDocument> Services);

    internal sealed record ServiceDocument(string Name, bool Allocations, IReadOnlyList<RecordDocument> Records);

    internal sealed record RecordDocument(string Type, IReadOnlyDictionary<string, string> Read, IReadOnlyDictionary<string, IReadOnlyList<string>>? Write);
}
