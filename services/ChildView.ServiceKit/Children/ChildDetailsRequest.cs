using ChildView.Contracts.Identifiers;
using ChildView.ServiceKit.Validation;

namespace ChildView.ServiceKit.Children;

/// <summary>The child block every service's create request carries.</summary>
/// <param name="LocalId">The service's own id for the child (LA child id, YOT id, …); generated when absent.</param>
/// <param name="Sex">Census sex code: M, F, U (unknown) or I (indeterminate).</param>
public sealed record ChildDetailsRequest(
    string? LocalId,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? Upn,
    string? NhsNumber,
    AddressRequest? Address);

public sealed record AddressRequest(string? Line1, string? Line2, string? Town, string? Postcode);

public static class ChildDetailsValidation
{
    public static readonly IReadOnlySet<string> SexCodes = Contracts.CodeSets.SexCodes.All;

    /// <summary>Children's services hold records up to age 25 (care leavers) and before birth (expected dates are separate).</summary>
    private const int OldestAgeYears = 26;

    public static ValidationErrors ValidateChild(this ValidationErrors errors, string prefix, ChildDetailsRequest? child, DateOnly today)
    {
        if (child is null)
        {
            return errors.Add(prefix, "Required.");
        }

        errors
            .Optional($"{prefix}.localId", child.LocalId, 50)
            .Required($"{prefix}.givenName", child.GivenName)
            .Required($"{prefix}.familyName", child.FamilyName)
            .OneOf($"{prefix}.sex", child.Sex, SexCodes);

        if (child.DateOfBirth is not { } dateOfBirth)
        {
            errors.Add($"{prefix}.dateOfBirth", "Required.");
        }
        else
        {
            errors
                .When(dateOfBirth > today, $"{prefix}.dateOfBirth", "Must not be in the future.")
                .When(dateOfBirth < today.AddYears(-OldestAgeYears), $"{prefix}.dateOfBirth", $"A child's record must be younger than {OldestAgeYears} years.");
        }

        var upn = UniquePupilNumber.Normalise(child.Upn);
        errors.When(upn is not null && !UniquePupilNumber.IsValid(upn), $"{prefix}.upn", "Not a valid UPN (format or check letter).");
        var nhsNumber = NhsNumber.Normalise(child.NhsNumber);
        errors.When(nhsNumber is not null && !NhsNumber.IsValid(nhsNumber), $"{prefix}.nhsNumber", "Not a valid NHS number (10 digits, modulus 11 check).");

        if (child.Address is { } address)
        {
            errors
                .Optional($"{prefix}.address.line1", address.Line1)
                .Optional($"{prefix}.address.line2", address.Line2)
                .Optional($"{prefix}.address.town", address.Town)
                .Optional($"{prefix}.address.postcode", address.Postcode, 10);
        }

        return errors;
    }

    /// <summary>Only call after <see cref="ValidateChild"/> found no errors.</summary>
    public static ChildDetails ToDetails(this ChildDetailsRequest child) => new()
    {
        LocalId = string.IsNullOrWhiteSpace(child.LocalId) ? Guid.NewGuid().ToString("N") : child.LocalId.Trim(),
        GivenName = child.GivenName!.Trim(),
        FamilyName = child.FamilyName!.Trim(),
        DateOfBirth = child.DateOfBirth!.Value,
        Sex = child.Sex!,
        Upn = UniquePupilNumber.Normalise(child.Upn),
        NhsNumber = NhsNumber.Normalise(child.NhsNumber),
        AddressLine1 = child.Address?.Line1?.Trim(),
        AddressLine2 = child.Address?.Line2?.Trim(),
        Town = child.Address?.Town?.Trim(),
        Postcode = child.Address?.Postcode?.Trim().ToUpperInvariant(),
    };
}
