using ChildView.ServiceKit.Records;
using ChildView.Contracts.CodeSets;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.Referrals;

/// <summary>Records a referral (POST) or corrects one (PUT): the CIN census referral fields and the child.</summary>
public sealed record RecordReferralRequest(ChildDetailsRequest? Child, DateOnly? ReferralDate, string? ReferralSource, string? PrimaryNeed, bool? ReferralNfa = null)
{
    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .OneOf("referralSource", ReferralSource, CinCodes.ReferralSources)
            .OneOf("primaryNeed", PrimaryNeed, CinCodes.PrimaryNeeds, required: false)
            .PastDate("referralDate", ReferralDate, today);
        return errors.NotBeforeConception("referralDate", ReferralDate, Child?.DateOfBirth);
    }

    /// <summary>A correction must keep a closed referral's closure on or after its referral date.</summary>
    public ValidationErrors ValidateAgainst(Referral current) =>
        new ValidationErrors().When(current.ClosureDate is { } closed && ReferralDate > closed, "referralDate", "Must not be after the referral's closure date.");

    /// <summary>Sets every field but the child block; only call after <see cref="Validate"/> found no errors.</summary>
    public void ApplyTo(Referral referral)
    {
        referral.ReferralDate = ReferralDate!.Value;
        referral.ReferralSource = ReferralSource!;
        referral.PrimaryNeed = PrimaryNeed;
        referral.ReferralNfa = ReferralNfa ?? false;
    }
}

/// <summary>Closes the CIN episode the referral opened: CINclosureDate and ReasonForClosure.</summary>
public sealed record CloseReferralRequest(DateOnly? ClosureDate, string? ReasonForClosure)
{
    public ValidationErrors Validate(DateOnly today, DateOnly referralDate) => new ValidationErrors()
        .PastDate("closureDate", ClosureDate, today)
        .NotBefore("closureDate", ClosureDate, referralDate, "referral date")
        .OneOf("reasonForClosure", ReasonForClosure, CinCodes.ClosureReasons);
}

public sealed record ReferralResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    DateOnly ReferralDate,
    string ReferralSource,
    string? PrimaryNeed,
    bool ReferralNfa,
    DateOnly? ClosureDate,
    string? ReasonForClosure,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ReferralResponse From(Referral r) => new(
        r.Id, r.Version, r.State, r.Child, r.ReferralDate, r.ReferralSource, r.PrimaryNeed, r.ReferralNfa, r.ClosureDate, r.ReasonForClosure, r.CreatedAt, r.UpdatedAt);
}

public sealed class ReferralListQuery : RecordListQuery
{
    public string? ReferralSource { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public override ValidationErrors Validate() =>
        InOrder(base.Validate(), "from", From, "to", To);
}
