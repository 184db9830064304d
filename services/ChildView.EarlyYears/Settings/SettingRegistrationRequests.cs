using System.Text.RegularExpressions;
using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.EarlyYears.Settings;

/// <summary>Registers (or, on PUT, corrects the registration of) a child at a setting; an end date records a child who has already left, and closes it.</summary>
public sealed partial record RegisterAtSettingRequest(ChildDetailsRequest? Child, string? ProviderUrn, string? SettingName, DateOnly? StartDate, DateOnly? EndDate = null)
{
    [GeneratedRegex("^(EY)?\\d{6,7}$")]
    private static partial Regex UrnFormat();

    /// <summary>Early years settings take children from birth; funded places run until school age.</summary>
    private const int OldestAgeYears = 6;

    public string? NormalisedUrn => ProviderUrn?.Trim().ToUpperInvariant().Replace("EY", "", StringComparison.Ordinal);

    public ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors()
            .ValidateChild("child", Child, today)
            .Required("settingName", SettingName, 200)
            .When(ProviderUrn is null, "providerUrn", "Required.")
            .When(ProviderUrn is not null && !UrnFormat().IsMatch(ProviderUrn.Trim().ToUpperInvariant()), "providerUrn", "An Ofsted URN is 6 or 7 digits, optionally prefixed EY.")
            .When(StartDate is null, "startDate", "Required.")
            .When(StartDate > today.AddYears(1), "startDate", "Must be within a year from today.")
            .When(EndDate > today, "endDate", "Must not be in the future.")
            .When(EndDate < StartDate, "endDate", "Must not be before the start date.");
        return errors
            .When(Child?.DateOfBirth is { } born && StartDate is { } start && start < born, "startDate", "Must not be before the child's date of birth.")
            .When(Child?.DateOfBirth is { } dob && dob < today.AddYears(-OldestAgeYears), "child.dateOfBirth", $"Early years settings are for children under {OldestAgeYears}.");
    }

    public void ApplyTo(SettingRegistration registration)
    {
        registration.ProviderUrn = NormalisedUrn!;
        registration.SettingName = SettingName!.Trim();
        registration.StartDate = StartDate!.Value;
        registration.EndDate = EndDate;
        registration.State = EndDate is null ? RecordState.Open : RecordState.Closed;
    }
}

public sealed record SettingRegistrationResponse(
    Guid Id, long Version, RecordState State, ChildDetails Child, string ProviderUrn, string SettingName, DateOnly StartDate, DateOnly? EndDate, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SettingRegistrationResponse From(SettingRegistration r) =>
        new(r.Id, r.Version, r.State, r.Child, r.ProviderUrn, r.SettingName, r.StartDate, r.EndDate, r.CreatedAt, r.UpdatedAt);
}

public sealed class SettingRegistrationListQuery : RecordListQuery
{
    public string? ProviderUrn { get; set; }

    public DateOnly? ActiveOn { get; set; }
}
