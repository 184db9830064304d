using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Access.Postgres;
using ChildView.ChildProfile.Profiles.Postgres;
using ChildView.Contracts.Access;

namespace ChildView.ChildProfile.Profiles;

/// <summary>What one caller's role may see of a profile, read from the access policy.</summary>
public sealed class ProfileView(AccessPolicy policy, ProfileCaller caller)
{
    private const string Summary = "summary";

    /// <summary>Whether the role may see any service record at all; the database grants it no access to them otherwise.</summary>
    public bool SeesRecords => policy.Fields.Any(f => f.Section.Name != Summary && policy.Rule(caller.Role, f.Section.Name, f.Field.Name) != Relationship.None);

    public bool Sees(string summaryField) => policy.Rule(caller.Role, Summary, summaryField) == Relationship.Any;

    /// <summary>The <c>children</c> columns this role is granted; asking for any other would be refused by the database.</summary>
    public IReadOnlyList<string> Columns =>
        [.. ProfileAccessSql.SummaryColumns.Where(f => Sees(f.Key)).SelectMany(f => f.Value)];

    public ProfileSummary Summarise(ProfileQueries.ChildRow child, IReadOnlyList<string>? services) => new(
        child.Id, Text(child, "given_name"), Text(child, "family_name"), Date(child, "date_of_birth"), Text(child, "postcode"),
        Sees("servicesInvolved") ? services : null);

    /// <summary>The profile as the caller may see it; <paramref name="services"/> are every service involved, by its own rule, not only those whose records are visible.</summary>
    public ProfileResponse Compose(ProfileQueries.ChildRow child, CallerStanding standing, IReadOnlyList<ProfileQueries.RecordRow> records, IReadOnlyList<string>? services = null)
    {
        var visible = records
            .Select(r => (Record: r, Place: policy.FieldOfRecordType(r.RecordType)))
            .Where(r => r.Place is { } place && policy.Allows([caller.Role], place.Section.Name, place.Field.Name, standing))
            .Select(r => new ServiceRecordResponse(r.Record.Source, r.Place!.Value.Section.Name, r.Place.Value.Field.Name, r.Record.RecordType,
                r.Record.RecordId, r.Record.Version, r.Record.Summary, r.Record.OccurredOn))
            .ToList();
        var restricted = policy.Fields
            .Where(f => f.Section.Name == Summary
                ? !Sees(f.Field.Name)
                : !policy.Allows([caller.Role], f.Section.Name, f.Field.Name, standing))
            .Select(f => $"{f.Section.Name}.{f.Field.Name}")
            .ToList();

        return new ProfileResponse(
            child.Id, Text(child, "given_name"), Text(child, "family_name"), Text(child, "sex"), Date(child, "date_of_birth"),
            Text(child, "upn"), Text(child, "nhs_number"), Text(child, "postcode"),
            Sees("servicesInvolved") ? services ?? [] : null,
            visible, restricted, policy.Version);
    }

    /// <summary>The sections and fields a composed profile disclosed, for the audit log.</summary>
    public IEnumerable<string> Disclosed(ProfileResponse profile) =>
        policy.Sections.Single(s => s.Name == Summary).Fields.Where(f => Sees(f.Name)).Select(f => $"{Summary}.{f.Name}")
            .Concat(profile.Records.Select(r => $"{r.Section}.{r.Field}").Distinct());

    /// <summary>What a search result list discloses: the summary fields shown for each hit.</summary>
    public IEnumerable<string> SearchDisclosure =>
        policy.Sections.Single(s => s.Name == Summary).Fields.Where(f => Sees(f.Name)).Select(f => $"{Summary}.{f.Name}");

    private static string? Text(ProfileQueries.ChildRow child, string column) => child.Columns.GetValueOrDefault(column) as string;

    private static DateOnly? Date(ProfileQueries.ChildRow child, string column) => child.Columns.GetValueOrDefault(column) switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => null,
    };
}
