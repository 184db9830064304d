using ChildView.ServiceKit.Children;

namespace ChildView.UnitTests.Domains.YouthOffending;

internal static class YouthOffendingTestData
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static ChildDetailsRequest Child(DateOnly? dateOfBirth = null) =>
        new("YOT-1", "Jayden", "Price", dateOfBirth ?? new DateOnly(2010, 1, 1), "M", null, null, null);
}
