using ChildView.Contracts.Directory;
using ChildView.EarlyYears.Allocations;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using static ChildView.UnitTests.Domains.EarlyYears.EarlyYearsTestData;

namespace ChildView.UnitTests.Domains.EarlyYears;

/// <summary>Early years allocations follow the shared team allocation rules, under the early years body's own names.</summary>
public sealed class EarlyYearsAllocationValidationTests
{
    private static AllocateRequest Valid() => new(Child(new DateOnly(2023, 2, 2)), "ey.wilson", "early-help-north", "Early Help North", new DateOnly(2026, 10, 1), null);

    private static IReadOnlyDictionary<string, string[]> Errors(AllocateRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_allocation_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void The_practitioner_is_named_practitioner_id_and_kept_to_a_plain_alphabet()
    {
        Assert.Contains("practitionerId", Errors(Valid() with { PractitionerId = "" }).Keys);
        Assert.Contains("practitionerId", Errors(Valid() with { PractitionerId = "ey wilson; drop" }).Keys);
        Assert.DoesNotContain("officerId", Errors(Valid() with { PractitionerId = "" }).Keys);
        Assert.Contains("fromDate", Errors(Valid() with { FromDate = new DateOnly(2023, 2, 1) }).Keys);
    }

    [Fact]
    public void The_practitioner_is_recorded_as_the_directory_knows_them_and_team_codes_are_normalised()
    {
        var allocation = new EarlyYearsAllocation { Id = Guid.NewGuid(), Child = Valid().Child!.ToDetails(), PractitionerId = "", PractitionerName = "", TeamCode = "" };
        var practitioner = new StaffMember("ey.wilson", "Emma Wilson", ["early-years-practitioner"], ["early-help-north"], true);

        (Valid() with { PractitionerId = " EY.Wilson " }).ApplyTo(allocation, new AllocationDecision(null, "eytm.clarke", practitioner));

        Assert.Equal("ey.wilson", allocation.PractitionerId);
        Assert.Equal("Emma Wilson", allocation.PractitionerName);
        Assert.Equal("EARLY-HELP-NORTH", allocation.TeamCode);
        Assert.Equal("eytm.clarke", allocation.AllocatedBy);
    }
}
