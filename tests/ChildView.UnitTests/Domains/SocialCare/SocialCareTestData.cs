using ChildView.ServiceKit.Children;

namespace ChildView.UnitTests.Domains.SocialCare;

internal static class SocialCareTestData
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static ChildDetailsRequest Child(DateOnly? dateOfBirth = null) => new(
        "LA-123", "Amelia", "Hart", dateOfBirth ?? new DateOnly(2013, 4, 17), "F", "B801200005001", "9434765919", new AddressRequest("12 Mill Lane", null, "Matlock", "DE4 3AB"));

    public static ChildDetails ChildDetails() => Child().ToDetails();
}
