using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.Referrals;

/// <summary>A referral to children's social care (the start of a CIN episode).</summary>
public sealed class Referral : ChildRecord
{
    public DateOnly ReferralDate { get; set; }

    /// <summary>CIN census referral source code (1A … 10).</summary>
    public required string ReferralSource { get; set; }

    /// <summary>CIN primary need code (N1 … N8); recorded after assessment, so often empty at referral.</summary>
    public string? PrimaryNeed { get; set; }
}
