using ChildView.ChildProfile.Children;

namespace ChildView.ChildProfile.Profiles;

/// <summary>The high-level view of one child: who they are, which services know them, and each record's headline.</summary>
public sealed record ProfileResponse(
    Guid Id,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    string? Sex,
    string? Upn,
    string? NhsNumber,
    string? Postcode,
    IReadOnlyList<string> ServicesInvolved,
    IReadOnlyList<ServiceRecordResponse> Records);

public sealed record ServiceRecordResponse(string Source, string RecordType, Guid RecordId, long Version, string Summary, DateOnly? OccurredOn)
{
    public static ServiceRecordResponse From(ServiceRecord r) => new(r.SourceSystem, r.RecordType, r.RecordId, r.EntityVersion, r.Summary, r.OccurredOn);
}

public sealed record ProfileSummary(Guid Id, string GivenName, string FamilyName, DateOnly? DateOfBirth, string? Postcode, IReadOnlyList<string> ServicesInvolved);

public sealed record ProfileSearchResponse(IReadOnlyList<ProfileSummary> Items, int Page, int PageSize, int Total);
