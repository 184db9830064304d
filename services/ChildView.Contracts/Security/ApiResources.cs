namespace ChildView.Contracts.Security;

public static class ApiResources
{
    public static readonly ApiResource Education = new("education", "education-api", "education.read", "education.write", "education.admin");
    public static readonly ApiResource SocialCare = new("socialcare", "socialcare-api", "socialcare.read", "socialcare.write", "socialcare.admin");
    public static readonly ApiResource YouthOffending = new("youthoffending", "youthoffending-api", "youthoffending.read", "youthoffending.write", "youthoffending.admin");
    public static readonly ApiResource EarlyYears = new("earlyyears", "earlyyears-api", "earlyyears.read", "earlyyears.write", "earlyyears.admin");
    /// <summary>Writes to the profile are requests about access (break-the-glass, reviews), never to children's data.</summary>
    public static readonly ApiResource Profile = new("profile", "profile-api", "profile.read", "profile.write");

    public static IReadOnlyList<ApiResource> All { get; } = [Education, SocialCare, YouthOffending, EarlyYears, Profile];

    /// <summary>
    /// The identity service's staff directory, which services read to check who a case may be allocated
    /// to. Served by identity itself, not routed by the gateway, never granted to people: it is kept out
    /// of <see cref="All"/> so no job role, interactive client or gateway route can reach it.
    /// </summary>
    public static readonly ApiResource Directory = new("directory", "identity-directory", "directory.read", null);

    public static IEnumerable<string> AllScopes => All.SelectMany(r => r.AllScopes);

    public static ApiResource ByName(string name) =>
        All.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException($"No API named '{name}'.", nameof(name));
}
