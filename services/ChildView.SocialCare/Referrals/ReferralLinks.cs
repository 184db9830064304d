using ChildView.ServiceKit.Records;
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
    /// <summary>
    /// Makes a record of the referral's episode: refused (400) naming <c>referralId</c> when there is no such
    /// referral (not deleted, within the caller's scope), or naming the field <paramref name="validateAgainst"/>
    /// finds out of step with the referral's date.
    /// </summary>
    public static async Task<Made<TRecord>> MakeAsync<TRecord>(
        RecordWrite write,
        Guid referralId,
        Func<ValidationErrors, DateOnly, ValidationErrors> validateAgainst,
        Func<Referral, TRecord> make,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        var referral = await ((SocialCareDbContext)write.Db).Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null)
        {
            return new ValidationErrors().Add("referralId", "No such referral.").ToProblem();
        }

        var errors = validateAgainst(new ValidationErrors(), referral.ReferralDate);
        return errors.IsValid ? make(referral) : errors.ToProblem();
    }
}
