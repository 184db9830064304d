namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Stable names of the systems that publish records about children.</summary>
public static class SourceSystems
{
    public const string Education = "education";
    public const string SocialCare = "socialcare";
    public const string YouthOffending = "youthoffending";
    public const string EarlyYears = "earlyyears";

    public static IReadOnlyList<string> All { get; } = [Education, SocialCare, YouthOffending, EarlyYears];
}
