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

    /// <summary>CIN census ReferralNFA: the referral needed no further action.</summary>
    public bool ReferralNfa { get; set; }

    /// <summary>CIN census CINclosureDate; set when the referral (episode) is closed.</summary>
    public DateOnly? ClosureDate { get; set; }

    /// <summary>CIN census ReasonForClosure (RC1 … RC9); set with the closure date.</summary>
    public string? ReasonForClosure { get; set; }
}
