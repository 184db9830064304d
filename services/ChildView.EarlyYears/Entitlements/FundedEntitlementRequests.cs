using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.Entitlements;

/// <summary>
/// Records (or, on PUT, replaces) a funded entitlement. Age rule: the start date must be on or after
/// the first day of the term after the qualifying birthday (2nd for the 2-year-old offer, 3rd for the
/// 15 and 30 hours), and before the first day of the term after the birthday at which the offer
/// gives way (3rd for the 2-year-old offer, which then becomes the universal one; 5th, compulsory
/// school age, for the 15 and 30 hours). See <see cref="FundingTerms"/>.
/// </summary>
public sealed partial record RecordFundedEntitlementRequest(
    ChildDetailsRequest? Child, string? EntitlementType, string? Basis, string? EligibilityCode, DateOnly? StartDate, DateOnly? EndDate = null)
{
    /// <summary>HMRC issues 30-hours eligibility codes as 11 digits.</summary>
    [GeneratedRegex("^\\d{11}$")]
    private static partial Regex EligibilityCodeFormat();

    public string? NormalisedEligibilityCode => string.IsNullOrWhiteSpace(EligibilityCode) ? null : EligibilityCode.Replace(" ", "", StringComparison.Ordinal).Trim();

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .OneOf("entitlementType", EntitlementType, EntitlementTypes.All)
            .When(StartDate is null, "startDate", "Required.")
            .When(StartDate > today.AddYears(1), "startDate", "Must be within a year from today.")
            .When(EndDate > today, "endDate", "Must not be in the future.")
            .When(EndDate < StartDate, "endDate", "Must not be before the start date.");

        var code = NormalisedEligibilityCode;
        switch (EntitlementType)
        {
            case EntitlementTypes.TwoYearOld:
                errors.OneOf("basis", Basis, TwoYearOldBasis.All)
                    .When(code is not null, "eligibilityCode", "Only the extended 30 hours has an eligibility code.");
                break;
            case EntitlementTypes.Universal15Hours:
                errors.When(Basis is not null, "basis", "Only the 2-year-old entitlement has a basis.")
                    .When(code is not null, "eligibilityCode", "Only the extended 30 hours has an eligibility code.");
                break;
            case EntitlementTypes.Extended30Hours:
                errors.When(Basis is not null, "basis", "Only the 2-year-old entitlement has a basis.")
                    .When(code is null, "eligibilityCode", "Required for the extended 30 hours.")
                    .When(code is not null && !EligibilityCodeFormat().IsMatch(code), "eligibilityCode", "An eligibility code is 11 digits.");
                break;
        }

        if (EntitlementType is { } type && EntitlementTypes.All.Contains(type) && Child?.DateOfBirth is { } born && StartDate is { } start)
        {
            var from = FundingTerms.TermAfterBirthday(born, EntitlementTypes.QualifyingAge(type));
            var until = FundingTerms.TermAfterBirthday(born, EntitlementTypes.EndingAge(type));
            errors
                .When(start < from, "startDate", $"The child qualifies from {from:yyyy-MM-dd}, the term after their {Ordinal(EntitlementTypes.QualifyingAge(type))} birthday.")
                .When(start >= until, "startDate", $"The entitlement ends at {until:yyyy-MM-dd}, the term after the child's {Ordinal(EntitlementTypes.EndingAge(type))} birthday.");
        }

        return errors;
    }

    public void ApplyTo(FundedEntitlement entitlement)
    {
        entitlement.EntitlementType = EntitlementType!;
        entitlement.Basis = Basis;
        entitlement.EligibilityCode = NormalisedEligibilityCode;
        entitlement.StartDate = StartDate!.Value;
        entitlement.EndDate = EndDate;
        entitlement.State = EndDate is null ? RecordState.Open : RecordState.Closed;
    }

    private static string Ordinal(int age) => age switch { 2 => "2nd", 3 => "3rd", _ => $"{age}th" };
}

public sealed record FundedEntitlementResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string EntitlementType, int HoursPerWeek, string? Basis, string? EligibilityCode, DateOnly StartDate, DateOnly? EndDate,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static FundedEntitlementResponse From(FundedEntitlement e) =>
        new(e.Id, e.Version, e.State, e.Child, e.EntitlementType, e.HoursPerWeek, e.Basis, e.EligibilityCode, e.StartDate, e.EndDate, e.CreatedAt, e.UpdatedAt);
}

public sealed class FundedEntitlementListQuery : RecordListQuery
{
    public string? EntitlementType { get; set; }

    public DateOnly? ActiveOn { get; set; }

    public override ValidationErrors Validate() =>
        base.Validate().OneOf("entitlementType", EntitlementType, EntitlementTypes.All, required: false);
}
