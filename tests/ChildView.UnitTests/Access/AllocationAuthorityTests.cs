using System.Security.Claims;
using ChildView.Contracts.Access;
using ChildView.Contracts.Directory;
using ChildView.ServiceKit.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChildView.UnitTests.Access;

/// <summary>The allocation rules against a directory held in memory: who may allocate, to whom, and what a missing directory means.</summary>
public sealed class AllocationAuthorityTests
{
    private sealed class Directory(params StaffMember[] staff) : IStaffDirectory
    {
        public bool Down { get; init; }

        public Task<StaffMember?> FindAsync(string userName, CancellationToken cancellationToken) => Down
            ? throw new StaffDirectoryUnavailableException("down")
            : Task.FromResult(staff.SingleOrDefault(s => s.UserName == userName));
    }

    private static readonly StaffMember Jones = new("sw.jones", "Sam Jones", ["social-worker"], ["north-cin"], true);
    private static readonly StaffMember Patel = new("tm.patel", "Priya Patel", ["social-care-team-manager"], ["north-cin"], true);
    private static readonly StaffMember Left = new("sw.left", "Lee Left", ["social-worker"], ["north-cin"], false);
    private static readonly StaffMember Welfare = new("ewo.north", "Eve North", ["education-welfare-officer"], ["north-cin"], true);

    private static AllocationAuthority Authority(IStaffDirectory? directory = null) =>
        new(directory ?? new Directory(Jones, Patel, Left, Welfare), NullLogger<AllocationAuthority>.Instance, "socialcare");

    private static ClaimsPrincipal Person(string userName, string role, string team) => new(new ClaimsIdentity(
        [new Claim("preferred_username", userName), new Claim("role", role), new Claim("team", team), new Claim("scope", "socialcare.read socialcare.write")], "test"));

    private static ClaimsPrincipal Client(string scopes) => new(new ClaimsIdentity([new Claim("sub", "case-system"), new Claim("client_id", "case-system"), new Claim("scope", scopes)], "test"));

    private static int? Status(AllocationDecision decision) => decision.Refusal?.StatusCode;

    [Fact]
    public async Task A_team_manager_allocates_to_an_active_worker_of_her_team_and_is_recorded_as_the_allocator()
    {
        var decision = await Authority().AllocateAsync(Person("tm.patel", "social-care-team-manager", "north-cin"), "North-CIN", " SW.Jones ", default);

        Assert.Null(decision.Refusal);
        Assert.Equal("tm.patel", decision.AllocatedBy);
        Assert.Equal(Jones, decision.Worker);
    }

    [Theory]
    [InlineData("sw.jones", "social-worker", "north-cin", "sw.jones", "north-cin")] // not an allocator, to herself
    [InlineData("sw.jones", "social-worker", "north-cin", "tm.patel", "north-cin")] // not an allocator
    [InlineData("tm.patel", "social-care-team-manager", "north-cin", "tm.patel", "north-cin")] // to herself
    [InlineData("tm.patel", "social-care-team-manager", "north-cin", "sw.jones", "south-cin")] // another team
    [InlineData("tm.patel", "social-care-team-manager", "north-cin", "sw.left", "north-cin")] // inactive
    [InlineData("tm.patel", "social-care-team-manager", "north-cin", "ewo.north", "north-cin")] // role cannot hold cases
    [InlineData("tm.patel", "social-care-team-manager", "north-cin", "nobody", "north-cin")] // not in the directory
    public async Task Every_other_allocation_is_a_403(string caller, string role, string team, string worker, string allocationTeam)
    {
        var decision = await Authority().AllocateAsync(Person(caller, role, team), allocationTeam, worker, default);

        Assert.Equal(StatusCodes.Status403Forbidden, Status(decision));
        Assert.False(string.IsNullOrWhiteSpace(decision.Refusal!.ProblemDetails.Title));
    }

    [Fact]
    public async Task A_worker_in_another_team_is_refused_even_within_the_managers_team()
    {
        var south = new StaffMember("sw.ahmed", "Aisha Ahmed", ["social-worker"], ["south-cin"], true);
        var decision = await Authority(new Directory(south)).AllocateAsync(Person("tm.patel", "social-care-team-manager", "north-cin"), "north-cin", "sw.ahmed", default);

        Assert.Equal(StatusCodes.Status403Forbidden, Status(decision));
    }

    [Fact]
    public async Task A_machine_client_needs_the_admin_scope()
    {
        var writeOnly = await Authority().AllocateAsync(Client("socialcare.read socialcare.write"), "north-cin", "sw.jones", default);
        var admin = await Authority().AllocateAsync(Client("socialcare.write socialcare.admin"), "north-cin", "sw.jones", default);
        var otherAdmin = await Authority().AllocateAsync(Client("socialcare.write youthoffending.admin"), "north-cin", "sw.jones", default);

        Assert.Equal(StatusCodes.Status403Forbidden, Status(writeOnly));
        Assert.Null(admin.Refusal);
        Assert.Equal("case-system", admin.AllocatedBy);
        Assert.Equal(StatusCodes.Status403Forbidden, Status(otherAdmin));
    }

    [Fact]
    public async Task A_correction_stays_in_its_team()
    {
        var manager = Person("tm.patel", "social-care-team-manager", "north-cin");

        Assert.Null((await Authority().CorrectAsync(manager, "north-cin", "north-cin", "sw.jones", default)).Refusal);
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await Authority().CorrectAsync(manager, "north-cin", "south-cin", "sw.jones", default)));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(await Authority().CorrectAsync(manager, "south-cin", "north-cin", "sw.jones", default)));
    }

    [Fact]
    public void Only_an_allocator_of_the_team_or_an_admin_client_ends_an_allocation()
    {
        Assert.Null(Authority().End(Person("tm.patel", "social-care-team-manager", "north-cin"), "north-cin").Refusal);
        Assert.Equal(StatusCodes.Status403Forbidden, Status(Authority().End(Person("sw.jones", "social-worker", "north-cin"), "north-cin")));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(Authority().End(Person("tm.patel", "social-care-team-manager", "north-cin"), "south-cin")));
        Assert.Equal(StatusCodes.Status403Forbidden, Status(Authority().End(Client("socialcare.write"), "north-cin")));
        Assert.Null(Authority().End(Client("socialcare.admin"), "north-cin").Refusal);
    }

    [Fact]
    public async Task An_unreachable_directory_fails_closed_with_a_503()
    {
        var decision = await Authority(new Directory { Down = true }).AllocateAsync(Person("tm.patel", "social-care-team-manager", "north-cin"), "north-cin", "sw.jones", default);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Status(decision));
    }

    [Fact]
    public void The_policy_names_who_allocates_and_to_whom_in_each_service_with_allocations()
    {
        var allocation = AccessPolicy.Current.Allocation;

        Assert.Equal(["social-care-team-manager"], allocation.For("socialcare").Allocators);
        Assert.Equal(["social-care-team-manager", "social-worker"], allocation.For("socialcare").AllocatableRoles.Order(StringComparer.Ordinal));
        Assert.Equal(["yot-team-manager"], allocation.For("youthoffending").Allocators);
        Assert.Equal(["early-years-team-manager"], allocation.For("earlyyears").Allocators);
        Assert.Equal(["early-years-practitioner", "early-years-team-manager"], allocation.For("earlyyears").AllocatableRoles.Order(StringComparer.Ordinal));
        Assert.Empty(allocation.For("education").Allocators);
    }
}
