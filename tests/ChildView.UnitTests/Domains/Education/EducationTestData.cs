using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Validation;

namespace ChildView.UnitTests.Domains.Education;

internal static class EducationTestData
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly Guid PupilId = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    /// <summary>Valid test vector from the DfE description of the check letter.</summary>
    public const string Upn = "B801200005001";

    public static ChildDetailsRequest Child(string? upn = Upn) =>
        new(null, "Ada", "Hart", new DateOnly(2015, 5, 1), "F", upn, null, null);

    public static IReadOnlyCollection<string> Fields(this ValidationErrors errors) => errors.ToDictionary().Keys.ToArray();
}
