using ChildView.ServiceKit.Records;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;
using ChildView.SocialCare.Records;

namespace ChildView.SocialCare.Assessments;

/// <summary>Starts an assessment of the child a referral is about; factors may be noted as they emerge.</summary>
public sealed record RecordAssessmentRequest(Guid? ReferralId, DateOnly? StartDate, IReadOnlyList<string>? Factors)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .When(ReferralId is null || ReferralId == Guid.Empty, "referralId", "Required.")
        .PastDate("startDate", StartDate, today)
        .ValidateFactors("factors", Factors, required: false);

    /// <summary>An assessment follows its referral.</summary>
    public ValidationErrors ValidateAgainstReferral(ValidationErrors errors, DateOnly referralDate) =>
        errors.NotBefore("startDate", StartDate, referralDate, "referral date");
}

/// <summary>Corrects an assessment's start date and factors (PUT); the referral it belongs to never changes.</summary>
public sealed record UpdateAssessmentRequest(DateOnly? StartDate, IReadOnlyList<string>? Factors)
{
    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .PastDate("startDate", StartDate, today)
        .ValidateFactors("factors", Factors, required: false);

    /// <summary>An authorised assessment keeps its authorisation on or after its start, and at least one factor.</summary>
    public ValidationErrors ValidateAgainst(Assessment current) => new ValidationErrors()
        .When(current.AuthorisationDate is { } authorised && StartDate > authorised, "startDate", "Must not be after the authorisation date.")
        .ValidateFactors("factors", Factors, required: current.State == RecordState.Closed);

    public void ApplyTo(Assessment assessment)
    {
        assessment.StartDate = StartDate!.Value;
        assessment.Factors = [.. Factors ?? []];
    }
}

/// <summary>Authorises (closes) an assessment; the factors given replace those noted so far.</summary>
public sealed record AuthoriseAssessmentRequest(DateOnly? AuthorisationDate, IReadOnlyList<string>? Factors)
{
    public ValidationErrors Validate(DateOnly today, Assessment current) => new ValidationErrors()
        .PastDate("authorisationDate", AuthorisationDate, today)
        .NotBefore("authorisationDate", AuthorisationDate, current.StartDate, "start date")
        .ValidateFactors("factors", Factors ?? current.Factors, required: true);
}

public sealed record AssessmentResponse(
    Guid Id,
    long Version,
    RecordState State,
    ChildDetails Child,
    Guid ReferralId,
    DateOnly StartDate,
    DateOnly? AuthorisationDate,
    IReadOnlyList<string> Factors,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static AssessmentResponse From(Assessment a) => new(
        a.Id, a.Version, a.State, a.Child, a.ReferralId, a.StartDate, a.AuthorisationDate, a.Factors, a.CreatedAt, a.UpdatedAt);
}

public sealed class AssessmentListQuery : RecordListQuery
{
    public Guid? ReferralId { get; set; }

    public string? Factor { get; set; }
}
