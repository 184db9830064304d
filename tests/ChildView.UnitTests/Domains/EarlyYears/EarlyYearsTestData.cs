using ChildView.ServiceKit.Children;

namespace ChildView.UnitTests.Domains.EarlyYears;

internal static class EarlyYearsTestData
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static ChildDetailsRequest Child(DateOnly dateOfBirth) => new("EY-1", "Noah", "Green", dateOfBirth, "M", null, null, null);
}
