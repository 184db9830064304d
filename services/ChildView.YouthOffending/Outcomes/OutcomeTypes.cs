namespace ChildView.YouthOffending.Outcomes;

/// <summary>Youth justice outcomes, out of court and court, as stable codes.</summary>
public static class OutcomeTypes
{
    public const string CommunityResolution = "community-resolution";
    public const string YouthCaution = "youth-caution";
    public const string YouthConditionalCaution = "youth-conditional-caution";
    public const string ReferralOrder = "referral-order";
    public const string ReparationOrder = "reparation-order";
    public const string YouthRehabilitationOrder = "youth-rehabilitation-order";
    public const string DetentionAndTrainingOrder = "detention-and-training-order";
    public const string LongTermDetention = "section-90-91-detention";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [CommunityResolution, YouthCaution, YouthConditionalCaution, ReferralOrder, ReparationOrder, YouthRehabilitationOrder, DetentionAndTrainingOrder, LongTermDetention],
        StringComparer.Ordinal);
}
