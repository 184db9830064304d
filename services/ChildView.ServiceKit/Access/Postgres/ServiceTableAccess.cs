namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// What one generated role may do to one table: SELECT (whole rows or <see cref="SelectColumns"/>), INSERT,
/// UPDATE of <see cref="UpdateColumns"/>, and, on a record table, the row predicates each command is held to.
/// Both the generated GRANTs and the drift test's expectation are read from it.
/// </summary>
public sealed class ServiceTableAccess(string dbRole, string table)
{
    public string DbRole { get; } = dbRole;

    public string Table { get; } = table;

    public bool Select { get; set; }

    public SortedSet<string> SelectColumns { get; } = new(StringComparer.Ordinal);

    public bool Insert { get; set; }

    public SortedSet<string> UpdateColumns { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> SelectPredicates { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> InsertPredicates { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> UpdatePredicates { get; } = new(StringComparer.Ordinal);

    /// <summary>The privileges as the catalog lists them: (privilege, column or null for the whole table).</summary>
    public IEnumerable<(string Privilege, string? Column)> Privileges()
    {
        if (Select)
        {
            yield return ("SELECT", null);
        }
        else
        {
            foreach (var column in SelectColumns)
            {
                yield return ("SELECT", column);
            }
        }

        if (Insert)
        {
            yield return ("INSERT", null);
        }

        foreach (var column in UpdateColumns)
        {
            yield return ("UPDATE", column);
        }
    }
}
