using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChildView.ChildProfile.Families.Postgres;

/// <summary>
/// The family graph's questions as one statement each: the derivation runs under a lock in every
/// event's transaction, so round trips, not rows, are what it costs.
/// </summary>
internal static class FamilyGraphSql
{
    public sealed record EdgeRow(Guid A, Guid B, string Basis);

    /// <summary>Every direct link from a child of <paramref name="frontier"/> (see <see cref="FamilyGraph"/> for the rules).</summary>
    public static Task<List<EdgeRow>> EdgesAsync(ProfileDbContext db, Guid[] frontier, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<EdgeRow>(
            $"""
            WITH frontier AS (SELECT unnest(@frontier) AS child_id),
            households AS (
                SELECT home.household_key FROM (
                    SELECT DISTINCT m.household_key FROM household_memberships m JOIN frontier f ON f.child_id = m.child_id) home
                WHERE (SELECT count(DISTINCT now.child_id) FROM household_memberships now
                       WHERE now.household_key = home.household_key AND now.to_date IS NULL) <= {FamilyGraph.MaxHouseholdChildren})
            SELECT x.child_id AS "A", y.child_id AS "B", '{FamilyGraph.SharedHousehold}' AS "Basis"
            FROM household_memberships x
            JOIN frontier f ON f.child_id = x.child_id
            JOIN households h ON h.household_key = x.household_key
            JOIN household_memberships y ON y.household_key = x.household_key AND y.child_id <> x.child_id
            WHERE (x.from_date IS NULL OR y.to_date IS NULL OR x.from_date < y.to_date)
              AND (y.from_date IS NULL OR x.to_date IS NULL OR y.from_date < x.to_date)
            UNION ALL
            SELECT x.child_id, y.child_id, '{FamilyGraph.SharedParent}'
            FROM child_relatives x
            JOIN frontier f ON f.child_id = x.child_id
            JOIN child_relatives y ON y.person_key = x.person_key AND y.child_id <> x.child_id AND y.kind IN ('Parent', 'Carer')
            WHERE x.kind IN ('Parent', 'Carer')
            UNION ALL
            SELECT x.child_id, c.child_id, '{FamilyGraph.NamedSibling}'
            FROM child_relatives x
            JOIN frontier f ON f.child_id = x.child_id
            JOIN child_families c ON c.person_key = x.person_key AND c.child_id <> x.child_id
            WHERE x.kind = 'Sibling'
            UNION ALL
            SELECT r.child_id, c.child_id, '{FamilyGraph.NamedSibling}'
            FROM child_families c
            JOIN frontier f ON f.child_id = c.child_id
            JOIN child_relatives r ON r.person_key = c.person_key AND r.kind = 'Sibling' AND r.child_id <> c.child_id
            """,
            new NpgsqlParameter("frontier", frontier)).ToListAsync(cancellationToken);

    /// <summary>Everyone who ever lived at one of <paramref name="addresses"/> where no more than <paramref name="limit"/> children live now.</summary>
    public static Task<List<Guid>> ResidentsOfHouseholdsAsync(ProfileDbContext db, string[] addresses, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Guid>(
            """
            WITH near AS (
                SELECT k.household_key FROM unnest(@addresses) AS k(household_key)
                WHERE (SELECT count(DISTINCT now.child_id) FROM household_memberships now
                       WHERE now.household_key = k.household_key AND now.to_date IS NULL) <= @limit)
            SELECT DISTINCT m.child_id AS "Value" FROM household_memberships m JOIN near ON near.household_key = m.household_key
            """,
            new NpgsqlParameter("addresses", addresses), new NpgsqlParameter("limit", limit)).ToListAsync(cancellationToken);
}
