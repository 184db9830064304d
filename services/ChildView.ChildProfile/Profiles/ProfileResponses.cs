namespace ChildView.ChildProfile.Profiles;

/// <summary>
/// The high-level view of one child as the caller may see it. A field the caller may not see is
/// absent (never sent, not even empty) and named in <see cref="Restricted"/> as "section.field".
/// </summary>
public sealed record ProfileResponse(
    Guid Id,
    string? GivenName,
    string? FamilyName,
    string? Sex,
    DateOnly? DateOfBirth,
    string? Upn,
    string? NhsNumber,
    string? Postcode,
    IReadOnlyList<string>? ServicesInvolved,
    IReadOnlyList<ServiceRecordResponse> Records,
    IReadOnlyList<string> Restricted,
    string PolicyVersion,
    IReadOnlyList<Indicators.ProfileFlag>? Flags = null);

public sealed record ServiceRecordResponse(string Source, string Section, string Field, string RecordType, Guid RecordId, long Version, string Summary, DateOnly? OccurredOn);

public sealed record ProfileSummary(Guid Id, string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Postcode, IReadOnlyList<string>? ServicesInvolved)
{
    /// <summary>The ids of the open indicator rules the caller may see for this child (absent when the role may not see flags).</summary>
    public IReadOnlyList<string>? Flags { get; init; }
}

public sealed record ProfileSearchResponse(IReadOnlyList<ProfileSummary> Items, int Page, int PageSize, int Total);
