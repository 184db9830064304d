using ChildView.Contracts.IntegrationEvents;

namespace ChildView.ChildProfile.Ingestion;

/// <summary>
/// The structured facts of a person recorded around a child, the same keys whichever service recorded
/// them, so households and families are built from every service alike.
/// </summary>
public static class FamilyMemberAttributes
{
    public const string Relationship = "relationship";
    public const string GivenName = "givenName";
    public const string FamilyName = "familyName";
    public const string DateOfBirth = "dateOfBirth";
    public const string ParentalResponsibility = "parentalResponsibility";

    /// <summary>"true" when the service says the person lives with the child (their address is the child's).</summary>
    public const string LivesWithChild = "livesWithChild";

    public const string AddressLine1 = "addressLine1";
    public const string Town = "town";
    public const string Postcode = "postcode";

    public static IReadOnlyDictionary<string, string> For(
        string relationship, string givenName, string familyName, DateOnly? dateOfBirth, bool parentalResponsibility, PostalAddress? address = null, bool? livesWithChild = null)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Relationship] = relationship,
            [GivenName] = givenName,
            [FamilyName] = familyName,
            [ParentalResponsibility] = parentalResponsibility ? "true" : "false",
        };
        Add(attributes, DateOfBirth, dateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(attributes, LivesWithChild, livesWithChild is { } lives ? (lives ? "true" : "false") : null);
        Add(attributes, AddressLine1, address?.Line1);
        Add(attributes, Town, address?.Town);
        Add(attributes, Postcode, address?.Postcode);
        return attributes;
    }

    private static void Add(Dictionary<string, string> attributes, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            attributes[key] = value.Trim();
        }
    }
}
