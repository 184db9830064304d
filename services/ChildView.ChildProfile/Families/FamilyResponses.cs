namespace ChildView.ChildProfile.Families;

/// <summary>
/// A child's family as the caller may see it. A family field the caller may not see is absent and
/// named in <see cref="Restricted"/> ("family.adults"); each child shows only what the summary rules
/// allow for that child.
/// </summary>
public sealed record FamilyResponse(
    Guid ChildId,
    Guid? FamilyId,
    IReadOnlyList<FamilyChildResponse> Children,
    IReadOnlyList<FamilyAdultResponse>? Adults,
    IReadOnlyList<HouseholdResponse>? Households,
    IReadOnlyList<string> Restricted,
    string PolicyVersion);

/// <param name="Relationship">To the requested child: twin, sibling, household-member, or family (joined through others); null for the child itself.</param>
/// <param name="Basis">The evidence for a direct link: shared-household, shared-parent, named-sibling.</param>
/// <param name="Flags">The ids of the child's open early-help indicators the caller's role may see; absent when it may see none.</param>
public sealed record FamilyChildResponse(
    Guid Id,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Postcode,
    IReadOnlyList<string>? ServicesInvolved,
    IReadOnlyList<string>? Flags,
    string? Relationship,
    IReadOnlyList<string>? Basis);

/// <summary>One person recorded around the family's children, recognised across services by name and date of birth.</summary>
public sealed record FamilyAdultResponse(
    string GivenName, string FamilyName, DateOnly? DateOfBirth, bool ParentalResponsibility, IReadOnlyList<AdultConnectionResponse> Children);

public sealed record AdultConnectionResponse(Guid ChildId, string Relationship, bool ParentalResponsibility, string Source);

/// <summary>An address and who lived there when; <see cref="Current"/> while any child still lives there.</summary>
public sealed record HouseholdResponse(
    string AddressLine1, string? Town, string Postcode, bool Current, IReadOnlyList<HouseholdMemberResponse> Children, IReadOnlyList<string>? Adults);

/// <param name="To">The first date the child is known to live elsewhere; null while current.</param>
public sealed record HouseholdMemberResponse(Guid ChildId, DateOnly? From, DateOnly? To);

/// <summary>One entry of a family chronology: a child's record, named by the child.</summary>
public sealed record FamilyChronologyEntry(
    Guid ChildId, string? ChildName, DateOnly? Date, string Source, string Section, string Field, string RecordType, Guid RecordId, string Summary);

public sealed record FamilyChronologyChild(Guid ChildId, IReadOnlyList<string> Restricted);

public sealed record FamilyChronologyResponse(
    Guid ChildId, Guid? FamilyId, IReadOnlyList<FamilyChronologyEntry> Entries, IReadOnlyList<FamilyChronologyChild> Children, IReadOnlyList<string> Restricted, string PolicyVersion);
