using ChildView.ServiceKit.Children;

namespace ChildView.SocialCare.Section47Enquiries;

/// <summary>A section 47 (Children Act 1989) child protection enquiry within a CIN episode.</summary>
public sealed class Section47Enquiry : ChildRecord
{
    public Guid ReferralId { get; init; }

    public DateOnly StartDate { get; set; }

    /// <summary>The enquiry's conclusion (<see cref="Section47Outcomes"/>); set when it is closed.</summary>
    public string? Outcome { get; set; }

    /// <summary>CIN census DateOfInitialCPC; only where the outcome is a conference.</summary>
    public DateOnly? InitialCpcDate { get; set; }
}
