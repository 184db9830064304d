using ChildView.Contracts.Identifiers;
using ChildView.ServiceKit.Validation;

namespace ChildView.ChildProfile.Profiles;

/// <summary>
/// Finds children by a strong identifier or by name (and optionally date of birth). A search must
/// name someone: browsing every child is not a legitimate use.
/// </summary>
public sealed record ProfileSearchRequest(string? Upn, string? NhsNumber, string? FamilyName, string? GivenName, DateOnly? DateOfBirth, int? Page, int? PageSize)
{
    public const int MaxPageSize = 100;

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? 20;

    public ValidationErrors Validate()
    {
        var hasIdentifier = !string.IsNullOrWhiteSpace(Upn) || !string.IsNullOrWhiteSpace(NhsNumber);
        return new ValidationErrors()
            .When(!hasIdentifier && string.IsNullOrWhiteSpace(FamilyName), "familyName", "Give a UPN, an NHS number or a family name.")
            .When(FamilyName is { Length: > 100 }, "familyName", "At most 100 characters.")
            .When(GivenName is { Length: > 100 }, "givenName", "At most 100 characters.")
            .When(!string.IsNullOrWhiteSpace(Upn) && !UniquePupilNumber.IsValid(UniquePupilNumber.Normalise(Upn)), "upn", "Not a valid UPN.")
            .When(!string.IsNullOrWhiteSpace(NhsNumber) && !Contracts.Identifiers.NhsNumber.IsValid(NhsNumber), "nhsNumber", "Not a valid NHS number.")
            .When(PageOrDefault < 1, "page", "Must be 1 or more.")
            .When(PageSizeOrDefault is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");
    }
}
