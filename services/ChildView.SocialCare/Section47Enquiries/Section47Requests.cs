using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.Section47Enquiries;

/// <summary>Starts a section 47 enquiry into the child a referral is about.</summary>
public sealed record RecordSection47Request(Guid? ReferralId, DateOnly? StartDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .When(ReferralId is null || ReferralId == Guid.Empty, "referralId", "Required.")
        .PastDate("startDate", StartDate, today);

    public ValidationErrors ValidateAgainstReferral(ValidationErrors errors, DateOnly referralDate) =>
        errors.NotBefore("startDate", StartDate, referralDate, "referral date");
}

/// <summary>Corrects the start date, and (once the outcome is a conference) the conference date.</summary>
public sealed record UpdateSection47Request(DateOnly? StartDate, DateOnly? InitialCpcDate)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .PastDate("startDate", StartDate, today)
        .PastDate("initialCpcDate", InitialCpcDate, today, required: false)
        .NotBefore("initialCpcDate", InitialCpcDate, StartDate, "enquiry's start date");

    public ValidationErrors ValidateAgainst(Section47Enquiry current) => new ValidationErrors()
        .When(InitialCpcDate is not null && current.Outcome != Section47Outcomes.ConferenceRequired, "initialCpcDate", "Only an enquiry whose outcome is ICPC has a conference date.");

    public void ApplyTo(Section47Enquiry enquiry)
    {
        enquiry.StartDate = StartDate!.Value;
        enquiry.InitialCpcDate = InitialCpcDate;
    }
}

/// <summary>Concludes (closes) the enquiry with its outcome, and the conference date where one was held.</summary>
public sealed record CloseSection47Request(string? Outcome, DateOnly? InitialCpcDate)
{
    public ValidationErrors Validate(DateOnly today, DateOnly startDate) => new ValidationErrors()
        .OneOf("outcome", Outcome, Section47Outcomes.All)
        .PastDate("initialCpcDate", InitialCpcDate, today, required: false)
        .NotBefore("initialCpcDate", InitialCpcDate, startDate, "enquiry's start date")
        .When(InitialCpcDate is not null && Outcome is not null && Outcome != Section47Outcomes.ConferenceRequired, "initialCpcDate", "Only an enquiry whose outcome is ICPC has a conference date.");
}

public sealed record Section47Response(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    Guid ReferralId,
    DateOnly StartDate,
    string? Outcome,
    DateOnly? InitialCpcDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static Section47Response From(Section47Enquiry e) => new(
        e.Id, e.Version, e.State, e.Child, e.ReferralId, e.StartDate, e.Outcome, e.InitialCpcDate, e.CreatedAt, e.UpdatedAt);
}

public sealed class Section47ListQuery : RecordListQuery
{
    public Guid? ReferralId { get; set; }

    public string? Outcome { get; set; }
}
