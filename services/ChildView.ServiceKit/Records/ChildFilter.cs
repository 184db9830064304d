using ChildView.Contracts.Identifiers;
using ChildView.Contracts.Names;
using ChildView.ServiceKit.Children;

namespace ChildView.ServiceKit.Records;

/// <summary>Who the child is, as every list of child records can be filtered in every service.</summary>
public interface IChildFilter
{
    string? LocalId { get; }

    string? Upn { get; }

    string? NhsNumber { get; }

    /// <summary>Matched case-insensitively with accents and apostrophes folded (<see cref="NameFolding"/>).</summary>
    string? FamilyName { get; }

    /// <summary>Matched like <see cref="FamilyName"/>.</summary>
    string? GivenName { get; }
}

public static class ChildFilters
{
    public static IQueryable<TRecord> WhereChild<TRecord>(this IQueryable<TRecord> records, IChildFilter filter)
        where TRecord : ChildRecord
    {
        if (!string.IsNullOrWhiteSpace(filter.LocalId))
        {
            var localId = filter.LocalId.Trim();
            records = records.Where(r => r.Child.LocalId == localId);
        }

        if (UniquePupilNumber.Normalise(filter.Upn) is { } upn)
        {
            records = records.Where(r => r.Child.Upn == upn);
        }

        if (NhsNumber.Normalise(filter.NhsNumber) is { } nhsNumber)
        {
            records = records.Where(r => r.Child.NhsNumber == nhsNumber);
        }

        if (!string.IsNullOrWhiteSpace(filter.FamilyName) && NameFolding.Fold(filter.FamilyName) is { Length: > 0 } familyName)
        {
            records = records.Where(r => r.Child.FamilyNameFolded == familyName);
        }

        if (!string.IsNullOrWhiteSpace(filter.GivenName) && NameFolding.Fold(filter.GivenName) is { Length: > 0 } givenName)
        {
            records = records.Where(r => r.Child.GivenNameFolded == givenName);
        }

        return records;
    }
}
