using ChildView.Contracts.Identifiers;
using ChildView.Contracts.Names;
using ChildView.ServiceKit.Validation;

namespace ChildView.ChildProfile.Profiles;

/// <summary>
/// Finds children by a strong identifier or by name (and optionally date of birth). A search must
/// name someone: browsing every child is not a legitimate use. A caller may only search on what they
/// may see — a hit on a hidden attribute would itself disclose it.
/// </summary>
public sealed record ProfileSearchRequest(string? Upn, string? NhsNumber, string? FamilyName, string? GivenName, DateOnly? DateOfBirth, int? Page, int? PageSize)
{
    public const int MaxPageSize = 100;

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? 20;

    public string? NormalisedUpn => UniquePupilNumber.Normalise(Upn);

    public string? NormalisedNhsNumber => Contracts.Identifiers.NhsNumber.Normalise(NhsNumber);

    /// <summary>The family name's search key, or null when none was given.</summary>
    public string? FamilyNameKey => string.IsNullOrWhiteSpace(FamilyName) ? null : NameFolding.Fold(FamilyName);

    public string? GivenNameKey => string.IsNullOrWhiteSpace(GivenName) ? null : NameFolding.Fold(GivenName);

    public ValidationErrors Validate(ProfileView view)
    {
        var hasIdentifier = NormalisedUpn is not null || NormalisedNhsNumber is not null;
        return new ValidationErrors()
            .When(!hasIdentifier && string.IsNullOrWhiteSpace(FamilyName), "familyName", "Give a UPN, an NHS number or a family name.")
            .When(FamilyName is { Length: > 100 }, "familyName", "At most 100 characters.")
            .When(GivenName is { Length: > 100 }, "givenName", "At most 100 characters.")
            .When(FamilyNameKey is "", "familyName", "Give at least one letter or digit.")
            .When(GivenNameKey is "", "givenName", "Give at least one letter or digit.")
            .When(NormalisedUpn is { } upn && !UniquePupilNumber.IsValid(upn), "upn", "Not a valid UPN.")
            .When(NormalisedNhsNumber is { } nhs && !Contracts.Identifiers.NhsNumber.IsValid(nhs), "nhsNumber", "Not a valid NHS number.")
            .When(hasIdentifier && !view.Sees("identifiers"), NormalisedUpn is not null ? "upn" : "nhsNumber", "Your role may not see identifiers, so it may not search by them.")
            .When((FamilyName ?? GivenName) is not null && !view.Sees("names"), FamilyName is not null ? "familyName" : "givenName", "Your role may not see names, so it may not search by them.")
            .When(DateOfBirth is not null && !view.Sees("dateOfBirth"), "dateOfBirth", "Your role may not see dates of birth, so it may not search by them.")
            .When(PageOrDefault < 1, "page", "Must be 1 or more.")
            .When(PageSizeOrDefault is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");
    }
}
