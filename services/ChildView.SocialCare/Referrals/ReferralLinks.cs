using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.SocialCare.Referrals;

/// <summary>
/// Assessments, section 47 enquiries and CIN and CP plans belong to the CIN episode a referral opened: they
/// name the referral, and take the child from it rather than from the caller, so the two cannot disagree.
/// </summary>
public static class ReferralLinks
{
    /// <summary>The referral (not deleted), or null with an error naming <c>referralId</c>.</summary>
    public static async Task<Referral?> FindAsync(SocialCareDbContext db, Guid referralId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            errors.Add("referralId", "No such referral.");
        }

        return referral;
    }
}
