namespace ChildView.EarlyYears.EarlyHelp;

/// <summary>Why an early help episode closed, as stable codes.</summary>
public static class EarlyHelpOutcomes
{
    public const string NeedsMet = "needs-met";
    public const string SteppedUpToSocialCare = "stepped-up-to-social-care";
    public const string SteppedDownToUniversalServices = "stepped-down-to-universal-services";
    public const string Disengaged = "disengaged";
    public const string ConsentWithdrawn = "consent-withdrawn";
    public const string MovedOutOfArea = "moved-out-of-area";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [NeedsMet, SteppedUpToSocialCare, SteppedDownToUniversalServices, Disengaged, ConsentWithdrawn, MovedOutOfArea],
        StringComparer.Ordinal);
}
