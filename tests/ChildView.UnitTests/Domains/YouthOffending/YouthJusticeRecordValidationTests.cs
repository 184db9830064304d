using ChildView.Contracts.Directory;
using ChildView.ServiceKit.Access;
using ChildView.ServiceKit.Children;
using ChildView.YouthOffending.Allocations;
using ChildView.YouthOffending.Assessments;
using ChildView.YouthOffending.FamilyMembers;
using ChildView.YouthOffending.Interventions;
using ChildView.ServiceKit.Records;
using static ChildView.UnitTests.Domains.YouthOffending.YouthOffendingTestData;

namespace ChildView.UnitTests.Domains.YouthOffending;

public sealed class AssetPlusAssessmentValidationTests
{
    private static RecordAssetPlusAssessmentRequest Valid() => new(Child(), new DateOnly(2026, 10, 1), "medium", "low", "high");

    private static IReadOnlyDictionary<string, string[]> Errors(RecordAssetPlusAssessmentRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_assessment_is_valid() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData("low")]
    [InlineData("medium")]
    [InlineData("high")]
    [InlineData("very-high")]
    public void Risk_of_serious_harm_and_wellbeing_take_four_levels(string level) =>
        Assert.Empty(Errors(Valid() with { RiskOfSeriousHarm = level, SafetyAndWellbeing = level }));

    [Fact]
    public void Likelihood_of_reoffending_has_no_very_high()
    {
        Assert.Contains("likelihoodOfReoffending", Errors(Valid() with { LikelihoodOfReoffending = "very-high" }).Keys);
        Assert.Equal(3, AssetPlusRatings.Reoffending.Count);
        Assert.Equal(4, AssetPlusRatings.FourLevel.Count);
    }

    [Theory]
    [InlineData("riskOfSeriousHarm")]
    [InlineData("safetyAndWellbeing")]
    [InlineData("likelihoodOfReoffending")]
    public void An_unknown_or_missing_rating_is_named(string field)
    {
        var unknown = field switch
        {
            "riskOfSeriousHarm" => Valid() with { RiskOfSeriousHarm = "severe" },
            "safetyAndWellbeing" => Valid() with { SafetyAndWellbeing = "HIGH" },
            _ => Valid() with { LikelihoodOfReoffending = "" },
        };
        var missing = field switch
        {
            "riskOfSeriousHarm" => Valid() with { RiskOfSeriousHarm = null },
            "safetyAndWellbeing" => Valid() with { SafetyAndWellbeing = null },
            _ => Valid() with { LikelihoodOfReoffending = null },
        };

        Assert.Equal([field], Errors(unknown).Keys);
        Assert.Equal([field], Errors(missing).Keys);
    }

    [Fact]
    public void Assessment_dates_in_the_future_before_birth_or_missing_are_rejected()
    {
        Assert.Contains("assessmentDate", Errors(Valid() with { AssessmentDate = Today.AddDays(1) }).Keys);
        Assert.Contains("assessmentDate", Errors(Valid() with { AssessmentDate = new DateOnly(2009, 12, 31) }).Keys);
        Assert.Contains("assessmentDate", Errors(Valid() with { AssessmentDate = null }).Keys);
    }
}

public sealed class InterventionValidationTests
{
    private static RecordInterventionRequest Valid() => new(Child(), InterventionTypes.Reparation, "Litter picking", new DateOnly(2026, 9, 1), null);

    private static IReadOnlyDictionary<string, string[]> Errors(RecordInterventionRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void An_open_intervention_and_a_finished_one_are_valid()
    {
        Assert.Empty(Errors(Valid()));
        Assert.Empty(Errors(Valid() with { EndDate = new DateOnly(2026, 9, 1) }));
    }

    [Fact]
    public void An_end_before_the_start_or_in_the_future_is_rejected()
    {
        Assert.Contains("endDate", Errors(Valid() with { EndDate = new DateOnly(2026, 8, 31) }).Keys);
        Assert.Contains("endDate", Errors(Valid() with { EndDate = Today.AddDays(1) }).Keys);
    }

    [Fact]
    public void Unknown_types_missing_starts_and_starts_before_birth_are_rejected()
    {
        Assert.Contains("interventionType", Errors(Valid() with { InterventionType = "boot-camp" }).Keys);
        Assert.Contains("interventionType", Errors(Valid() with { InterventionType = null }).Keys);
        Assert.Contains("startDate", Errors(Valid() with { StartDate = null }).Keys);
        Assert.Contains("startDate", Errors(Valid() with { StartDate = new DateOnly(2009, 1, 1) }).Keys);
        Assert.Contains("description", Errors(Valid() with { Description = new string('x', 501) }).Keys);
    }

    [Fact]
    public void Recording_with_an_end_closes_it()
    {
        var intervention = new YouthIntervention { Id = Guid.NewGuid(), Child = Child().ToDetails(), InterventionType = "" };
        (Valid() with { EndDate = new DateOnly(2026, 10, 1) }).ApplyTo(intervention);

        Assert.Equal(ChildView.Contracts.IntegrationEvents.RecordState.Closed, intervention.State);
    }

    [Fact]
    public void Closing_needs_an_end_on_or_after_the_start_and_not_in_the_future()
    {
        var start = new DateOnly(2026, 9, 1);

        Assert.Empty(new CloseRecordRequest(start).Validate(Today, start).ToDictionary());
        Assert.Empty(new CloseRecordRequest(Today).Validate(Today, start).ToDictionary());
        Assert.Contains("endDate", new CloseRecordRequest(null).Validate(Today, start).ToDictionary().Keys);
        Assert.Contains("endDate", new CloseRecordRequest(start.AddDays(-1)).Validate(Today, start).ToDictionary().Keys);
        Assert.Contains("endDate", new CloseRecordRequest(Today.AddDays(1)).Validate(Today, start).ToDictionary().Keys);
    }
}

public sealed class YotAllocationValidationTests
{
    private static AllocateRequest Valid() => new(Child(), "yot.patel", "YOT-NORTH", "North YOT", new DateOnly(2026, 10, 1), null);

    private static IReadOnlyDictionary<string, string[]> Errors(AllocateRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_allocation_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Officer_and_team_are_required_and_kept_to_a_plain_alphabet()
    {
        Assert.Contains("officerId", Errors(Valid() with { OfficerId = "" }).Keys);
        Assert.Contains("officerId", Errors(Valid() with { OfficerId = "yot patel; drop" }).Keys);
        Assert.Contains("teamCode", Errors(Valid() with { TeamCode = " " }).Keys);
        Assert.Contains("teamCode", Errors(Valid() with { TeamCode = "north/east" }).Keys);
    }

    [Fact]
    public void To_before_from_a_future_to_and_a_missing_from_are_rejected()
    {
        Assert.Contains("toDate", Errors(Valid() with { ToDate = new DateOnly(2026, 9, 30) }).Keys);
        Assert.Contains("toDate", Errors(Valid() with { ToDate = Today.AddDays(1) }).Keys);
        Assert.Contains("fromDate", Errors(Valid() with { FromDate = null }).Keys);
        Assert.Contains("fromDate", Errors(Valid() with { FromDate = Today.AddMonths(4) }).Keys);
        Assert.Empty(new EndAllocationRequest(new DateOnly(2026, 10, 1)).Validate(Today, new DateOnly(2026, 10, 1)).ToDictionary());
        Assert.Contains("toDate", new EndAllocationRequest(new DateOnly(2026, 9, 30)).Validate(Today, new DateOnly(2026, 10, 1)).ToDictionary().Keys);
        Assert.Contains("toDate", new EndAllocationRequest(null).Validate(Today, new DateOnly(2026, 10, 1)).ToDictionary().Keys);
    }

    [Fact]
    public void The_officer_is_recorded_as_the_directory_knows_them_and_team_codes_are_normalised()
    {
        var allocation = new YotAllocation { Id = Guid.NewGuid(), Child = Child().ToDetails(), OfficerId = "", OfficerName = "", TeamCode = "" };
        var officer = new StaffMember("yot.patel", "Sam Patel", ["yot-officer"], ["yot-north"], true);
        (Valid() with { OfficerId = " Yot.Patel ", TeamCode = "yot-north" }).ApplyTo(allocation, new AllocationDecision(null, "ytm.green", officer));

        Assert.Equal("yot.patel", allocation.OfficerId);
        Assert.Equal("Sam Patel", allocation.OfficerName);
        Assert.Equal("YOT-NORTH", allocation.TeamCode);
        Assert.Equal("ytm.green", allocation.AllocatedBy);
    }
}

public sealed class YouthFamilyMemberValidationTests
{
    private static RecordFamilyMemberRequest Valid() => new(Child(), "Kerry", "Price", Relationships.Mother, new DateOnly(1985, 4, 4), true, true, "+44 1629 123456");

    private static IReadOnlyDictionary<string, string[]> Errors(RecordFamilyMemberRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_family_member_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Unknown_relationships_and_missing_flags_are_rejected()
    {
        Assert.Contains("relationship", Errors(Valid() with { Relationship = "mum" }).Keys);
        Assert.Contains("hasParentalResponsibility", Errors(Valid() with { HasParentalResponsibility = null }).Keys);
        Assert.Contains("livesWithChild", Errors(Valid() with { LivesWithChild = null }).Keys);
        Assert.Contains("givenName", Errors(Valid() with { GivenName = "" }).Keys);
    }

    [Fact]
    public void Impossible_dates_of_birth_are_rejected()
    {
        Assert.Contains("dateOfBirth", Errors(Valid() with { DateOfBirth = Today.AddDays(1) }).Keys);
        Assert.Contains("dateOfBirth", Errors(Valid() with { DateOfBirth = new DateOnly(1890, 1, 1) }).Keys);
        Assert.Contains("dateOfBirth", Errors(Valid() with { DateOfBirth = new DateOnly(2011, 1, 1) }).Keys);
        Assert.Empty(Errors(Valid() with { Relationship = Relationships.Sibling, DateOfBirth = new DateOnly(2012, 1, 1) }));
    }

    [Fact]
    public void A_telephone_number_must_look_like_one() =>
        Assert.Contains("telephone", Errors(Valid() with { Telephone = "call me" }).Keys);
}
