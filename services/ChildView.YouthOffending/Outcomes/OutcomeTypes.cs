namespace ChildView.YouthOffending.Outcomes;

/// <summary>Youth justice outcomes, out of court and court, as stable codes, with the order lengths the law allows.</summary>
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

    public static readonly IReadOnlySet<string> OutOfCourt = new HashSet<string>([CommunityResolution, YouthCaution, YouthConditionalCaution], StringComparer.Ordinal);

    /// <summary>A detention and training order is made for 4, 6, 8, 10, 12, 18 or 24 months (Sentencing Act 2020 s.236), nothing in between.</summary>
    public static readonly IReadOnlySet<int> DetentionAndTrainingOrderMonths = new HashSet<int>([4, 6, 8, 10, 12, 18, 24]);

    /// <summary>
    /// Why <paramref name="lengthMonths"/> does not fit <paramref name="outcome"/>, or null when it does.
    /// Referral order 3–12 months; youth rehabilitation order up to 3 years (1–36 months); DTO one of
    /// the statutory terms; s.90/91 detention any positive length, or none (s.90 is indefinite);
    /// out-of-court outcomes and reparation orders have no length.
    /// </summary>
    public static string? LengthProblem(string outcome, int? lengthMonths) => outcome switch
    {
        ReferralOrder => lengthMonths is >= 3 and <= 12 ? null : "A referral order is for 3 to 12 months.",
        YouthRehabilitationOrder => lengthMonths is >= 1 and <= 36 ? null : "A youth rehabilitation order is for 1 to 36 months (up to 3 years).",
        DetentionAndTrainingOrder => lengthMonths is { } m && DetentionAndTrainingOrderMonths.Contains(m)
            ? null
            : "A detention and training order is for 4, 6, 8, 10, 12, 18 or 24 months.",
        LongTermDetention => lengthMonths is null or >= 1 ? null : "Must be at least 1 month, or left out for an indeterminate (s.90) sentence.",
        _ => lengthMonths is null ? null : "This outcome has no length; leave it out.",
    };
}
