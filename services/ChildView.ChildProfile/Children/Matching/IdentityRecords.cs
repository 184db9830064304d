using System.Text.RegularExpressions;
using ChildView.Linkage.Records;

namespace ChildView.ChildProfile.Children.Matching;

/// <summary>Turns the identities the profile holds into the linkage engine's normalised person records.</summary>
public static partial class IdentityRecords
{
    public static PersonRecord ToPerson(SourceLink link, string? strongId) => new(
        $"{link.SourceSystem}:{link.LocalId}",
        link.GivenNameKey,
        link.FamilyNameKey,
        link.DateOfBirth is { } dob ? new PartialDate(dob.Day, dob.Month, dob.Year) : default,
        FieldNormaliser.Text(link.Sex),
        link.PostcodeKey,
        Address(link.AddressLine1, link.Town),
        strongId);

    /// <summary>
    /// The strong id both sides can be compared on: NHS numbers when both hold one, else UPNs when both
    /// do, else none (an NHS number and a UPN say nothing about each other).
    /// </summary>
    public static (string? Incoming, string? Candidate) SharedStrongIds(SourceLink incoming, SourceLink candidate) =>
        incoming.NhsNumber is not null && candidate.NhsNumber is not null ? (incoming.NhsNumber, candidate.NhsNumber)
        : incoming.Upn is not null && candidate.Upn is not null ? (incoming.Upn, candidate.Upn)
        : (null, null);

    /// <summary>"12a Acacia Avenue" → number "12a", street "acacia avenue": the engine compares them apart.</summary>
    public static Address Address(string? line1, string? town)
    {
        var text = FieldNormaliser.Text(line1);
        var townText = FieldNormaliser.Text(town);
        if (text is null)
        {
            return townText is null ? Linkage.Records.Address.Empty : new Address(null, null, null, townText);
        }

        var match = HouseNumber().Match(text);
        return match.Success
            ? new Address(match.Groups[1].Value, match.Groups[2].Value, null, townText)
            : new Address(null, text, null, townText);
    }

    [GeneratedRegex(@"^(\d+[a-z]?)\s+(.+)$")]
    private static partial Regex HouseNumber();
}
