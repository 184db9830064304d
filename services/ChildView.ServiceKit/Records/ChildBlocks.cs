using ChildView.ServiceKit.Children;

namespace ChildView.ServiceKit.Records;

public static class ChildBlocks
{
    /// <summary>The corrected child block of an update; the service's own id for the child never changes.</summary>
    public static ChildDetails Replacing(this ChildDetailsRequest request, ChildDetails current)
    {
        var details = request.ToDetails();
        details.LocalId = current.LocalId;
        return details;
    }

    /// <summary>A separate copy of another record's child block (an owned type cannot be shared between two rows).</summary>
    public static ChildDetails Copy(this ChildDetails child) => new()
    {
        LocalId = child.LocalId,
        GivenName = child.GivenName,
        FamilyName = child.FamilyName,
        DateOfBirth = child.DateOfBirth,
        Sex = child.Sex,
        Upn = child.Upn,
        NhsNumber = child.NhsNumber,
        AddressLine1 = child.AddressLine1,
        AddressLine2 = child.AddressLine2,
        Town = child.Town,
        Postcode = child.Postcode,
    };
}
