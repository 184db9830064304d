using ChildView.ChildProfile.Access;
using ChildView.ChildProfile.Families.Postgres;
using ChildView.Contracts.Access;

namespace ChildView.ChildProfile.Families;

/// <summary>What one caller's role may see of a family, read from the policy's <c>family</c> fields.</summary>
public sealed class FamilyView(AccessPolicy policy, ProfileCaller caller)
{
    public const string Members = "members";
    public const string Adults = "adults";
    public const string Households = "households";

    /// <summary>Whether the role may see any part of any family; otherwise the endpoint refuses it.</summary>
    public bool SeesAnything => policy.Family.Fields.Any(f => Rule(f.Name) != Relationship.None);

    public Relationship Rule(string field) => policy.Rule(caller.Role, AccessPolicy.FamilySectionName, field);

    public bool Allows(string field, CallerStanding standing) => AccessPolicy.Allows(Rule(field), standing);

    public IReadOnlyList<string> Restricted(CallerStanding standing) =>
        [.. policy.Family.Fields.Where(f => !Allows(f.Name, standing)).Select(f => $"{AccessPolicy.FamilySectionName}.{f.Name}")];

    public IEnumerable<string> Disclosed(CallerStanding standing) =>
        policy.Family.Fields.Where(f => Allows(f.Name, standing)).Select(f => $"{AccessPolicy.FamilySectionName}.{f.Name}");

    /// <summary>People recorded around the children, one entry per person however many services and children name them; siblings are children, not adults.</summary>
    public static IReadOnlyList<FamilyAdultResponse> AdultsOf(IEnumerable<FamilyQueries.RelativeRow> relatives) =>
        [.. relatives
            .Where(r => r.Kind != nameof(RelativeKind.Sibling))
            .GroupBy(PersonIdentity)
            .Select(person => new FamilyAdultResponse(
                person.First().GivenName,
                person.First().FamilyName,
                person.First().DateOfBirth,
                person.Any(r => r.ParentalResponsibility),
                [.. person.Select(r => new AdultConnectionResponse(r.ChildId, r.Relationship, r.ParentalResponsibility, r.Source)).Distinct()]))];

    /// <summary>Addresses with who lived there when; past ones only when asked for. Adults are named at the addresses they live at now.</summary>
    public static IReadOnlyList<HouseholdResponse> HouseholdsOf(
        IEnumerable<FamilyQueries.MembershipRow> memberships, IReadOnlyList<FamilyQueries.RelativeRow>? relatives, bool includePast) =>
        [.. memberships
            .Where(m => includePast || m.To is null)
            .GroupBy(m => m.HouseholdKey)
            .Select(home => new HouseholdResponse(
                home.First().AddressLine1,
                home.First().Town,
                home.First().Postcode,
                home.Any(m => m.To is null),
                [.. home.Select(m => new HouseholdMemberResponse(m.ChildId, m.From, m.To))],
                relatives is null ? null : [.. relatives
                    .Where(r => r.HouseholdKey == home.Key && r.Kind != nameof(RelativeKind.Sibling))
                    .GroupBy(PersonIdentity)
                    .Select(person => $"{person.First().GivenName} {person.First().FamilyName}")]))
            .OrderByDescending(h => h.Current)
            .ThenByDescending(h => h.Children.Max(c => c.From))];

    private static string PersonIdentity(FamilyQueries.RelativeRow relative) =>
        relative.PersonKey ?? PersonKeys.Person(relative.GivenName, relative.FamilyName, DateOnly.MinValue) ?? $"{relative.GivenName}|{relative.FamilyName}";
}
