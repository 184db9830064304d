using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.SocialCare.Referrals;

public sealed record RecordReferralRequest(ChildDetailsRequest? Child, DateOnly? ReferralDate, string? ReferralSource, string? PrimaryNeed)
{
    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .OneOf("referralSource", ReferralSource, CinCodes.ReferralSources)
            .OneOf("primaryNeed", PrimaryNeed, CinCodes.PrimaryNeeds, required: false);
        if (ReferralDate is not { } date)
        {
            return errors.Add("referralDate", "Required.");
        }

        return errors
            .When(date > today, "referralDate", "Must not be in the future.")
            .When(Child?.DateOfBirth is { } born && date < born.AddMonths(-9), "referralDate", "Must not be more than nine months before the child's date of birth.");
    }
}

public sealed record ReferralResponse(Guid Id, long Version, ChildDetails Child, DateOnly ReferralDate, string ReferralSource, string? PrimaryNeed)
{
    public static ReferralResponse From(Referral r) => new(r.Id, r.Version, r.Child, r.ReferralDate, r.ReferralSource, r.PrimaryNeed);
}
