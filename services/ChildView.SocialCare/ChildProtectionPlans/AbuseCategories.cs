namespace ChildView.SocialCare.ChildProtectionPlans;

/// <summary>CIN census category of abuse on a child protection plan.</summary>
public static class AbuseCategories
{
    public const string Neglect = "NEG";
    public const string Physical = "PHY";
    public const string Sexual = "SAB";
    public const string Emotional = "EMO";
    public const string Multiple = "MUL";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Neglect, Physical, Sexual, Emotional, Multiple], StringComparer.Ordinal);
}
