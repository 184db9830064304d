using System.Text;

namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>Values written into generated SQL where a parameter cannot go (passwords in ALTER ROLE, text arrays in policies).</summary>
public static class PostgresText
{
    /// <summary>A single-quoted string literal, quotes doubled.</summary>
    public static string Literal(string value)
    {
        var escaped = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            escaped.Append(c == '\'' ? "''" : c);
        }

        return escaped.Append('\'').ToString();
    }

    /// <summary>A text[] literal of the given values, distinct, sorted and escaped.</summary>
    public static string TextArray(IEnumerable<string> values) => values.Any()
        ? "ARRAY[" + string.Join(", ", values.Distinct().Order(StringComparer.Ordinal).Select(Literal)) + "]::text[]"
        : "'{}'::text[]";

    /// <summary>A role that exists afterwards, created with <paramref name="options"/> if missing; another database's bootstrap creating it at the same moment is not an error (roles are cluster-wide).</summary>
    public static string CreateRoleIfMissing(string role, string options) => $"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} {options}; END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$
        """;

    /// <summary>Grants membership directly, only when missing, so concurrent starts against other databases do not update the same catalog row.</summary>
    public static string GrantMembershipIfMissing(string role, string member) => $"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                         WHERE r.rolname = '{role}' AND u.rolname = '{member}') THEN GRANT {role} TO {member}; END IF;
        EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
        END $$
        """;
}
