using ChildView.Contracts.Access;
using Npgsql;

namespace ChildView.ChildProfile.Families.Postgres;

/// <summary>
/// The family reads, run inside a <see cref="Access.Postgres.ProfileReadSession"/>: the family
/// tables' grants and row policies decide what comes back. Each is asked only for a field the
/// policy lets the caller see, because a table the role holds no grant on is refused outright.
/// </summary>
public static class FamilyQueries
{
    public sealed record LinkRow(Guid RelatedChildId, string Relationship, string Basis);

    public sealed record RelativeRow(Guid ChildId, string Source, string Relationship, string Kind, string GivenName, string FamilyName, DateOnly? DateOfBirth,
        bool ParentalResponsibility, string? PersonKey, string? HouseholdKey);

    public sealed record MembershipRow(Guid ChildId, string HouseholdKey, string AddressLine1, string? Town, string Postcode, DateOnly? From, DateOnly? To);

    /// <summary>How the caller stands to the child's family: the closest relationship to any of its children.</summary>
    public static async Task<CallerStanding> StandingAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            $"""
            SELECT EXISTS (SELECT 1 FROM {FamilyAccessSql.CaseloadFamilies} WHERE child_id = @child),
                   EXISTS (SELECT 1 FROM {FamilyAccessSql.TeamFamilies} WHERE child_id = @child),
                   EXISTS (SELECT 1 FROM {FamilyAccessSql.BreakGlassFamilies} WHERE child_id = @child)
            """,
            connection);
        query.Parameters.AddWithValue("child", childId);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var relationship = reader.GetBoolean(0) ? Relationship.Caseload : reader.GetBoolean(1) ? Relationship.Team : Relationship.None;
        return new CallerStanding(relationship, reader.GetBoolean(2));
    }

    /// <summary>The family's id and its children (the child alone when no family was derived yet).</summary>
    public static async Task<(Guid FamilyId, IReadOnlyList<Guid> Children)> MembersAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT member.family_id, member.child_id FROM child_families anchor
            JOIN child_families member ON member.family_id = anchor.family_id
            WHERE anchor.child_id = @child ORDER BY member.child_id
            """,
            connection);
        query.Parameters.AddWithValue("child", childId);
        var familyId = childId;
        var children = new List<Guid>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            familyId = reader.GetGuid(0);
            children.Add(reader.GetGuid(1));
        }

        return (familyId, children.Count == 0 ? [childId] : children);
    }

    public static async Task<IReadOnlyList<LinkRow>> LinksAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand("SELECT related_child_id, relationship, basis FROM family_links WHERE child_id = @child", connection);
        query.Parameters.AddWithValue("child", childId);
        var links = new List<LinkRow>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(new LinkRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return links;
    }

    public static async Task<IReadOnlyList<RelativeRow>> RelativesAsync(NpgsqlConnection connection, IReadOnlyList<Guid> children, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT child_id, source_system, relationship, kind, given_name, family_name, date_of_birth, parental_responsibility, person_key, household_key
            FROM child_relatives WHERE child_id = ANY(@children)
            ORDER BY family_name, given_name, child_id, source_system, record_id
            """,
            connection);
        query.Parameters.AddWithValue("children", children.ToArray());
        var relatives = new List<RelativeRow>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            relatives.Add(new RelativeRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), reader.GetBoolean(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9)));
        }

        return relatives;
    }

    public static async Task<IReadOnlyList<MembershipRow>> MembershipsAsync(NpgsqlConnection connection, IReadOnlyList<Guid> children, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT child_id, household_key, address_line1, town, postcode, from_date, to_date
            FROM household_memberships WHERE child_id = ANY(@children)
            ORDER BY from_date NULLS FIRST, child_id, ordinal
            """,
            connection);
        query.Parameters.AddWithValue("children", children.ToArray());
        var memberships = new List<MembershipRow>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            memberships.Add(new MembershipRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6)));
        }

        return memberships;
    }
}
