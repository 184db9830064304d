using ChildView.EarlyYears.DevelopmentalChecks;
using ChildView.EarlyYears.EarlyHelp;
using ChildView.EarlyYears.FamilyMembers;
using ChildView.EarlyYears.Settings;
using ChildView.ServiceKit.Children;
using static ChildView.UnitTests.Domains.EarlyYears.EarlyYearsTestData;

namespace ChildView.UnitTests.Domains.EarlyYears;

public sealed class SettingRegistrationValidationTests
{
    private static RegisterAtSettingRequest Valid() => new(Child(new DateOnly(2023, 2, 2)), "EY123456", "Little Acorns", new DateOnly(2025, 9, 1));

    private static IReadOnlyDictionary<string, string[]> Errors(RegisterAtSettingRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_registration_and_a_finished_one_are_valid()
    {
        Assert.Empty(Errors(Valid()));
        Assert.Empty(Errors(Valid() with { EndDate = new DateOnly(2026, 7, 20) }));
        Assert.Equal("123456", Valid().NormalisedUrn);
    }

    [Fact]
    public void Bad_urns_starts_before_birth_and_ends_before_starts_are_rejected()
    {
        Assert.Contains("providerUrn", Errors(Valid() with { ProviderUrn = "12" }).Keys);
        Assert.Contains("providerUrn", Errors(Valid() with { ProviderUrn = null }).Keys);
        Assert.Contains("startDate", Errors(Valid() with { StartDate = new DateOnly(2023, 2, 1) }).Keys);
        Assert.Contains("startDate", Errors(Valid() with { StartDate = Today.AddYears(1).AddDays(1) }).Keys);
        Assert.Contains("endDate", Errors(Valid() with { EndDate = new DateOnly(2025, 8, 31) }).Keys);
        Assert.Contains("endDate", Errors(Valid() with { EndDate = Today.AddDays(1) }).Keys);
        Assert.Contains("child.dateOfBirth", Errors(Valid() with { Child = Child(new DateOnly(2019, 1, 1)) }).Keys);
    }
}

public sealed class EarlyHelpEpisodeValidationTests
{
    private static OpenEarlyHelpEpisodeRequest Valid() =>
        new(Child(new DateOnly(2022, 5, 5)), new DateOnly(2026, 10, 1), true, new DateOnly(2026, 9, 28), "Priya Shah", "Family Hub North", new DateOnly(2026, 10, 20));

    private static IReadOnlyDictionary<string, string[]> Errors(OpenEarlyHelpEpisodeRequest request) => request.Validate(Today).ToDictionary();

    private static EarlyHelpEpisode Episode() =>
        new() { Id = Guid.NewGuid(), Child = Child(new DateOnly(2022, 5, 5)).ToDetails(), LeadPractitioner = "Priya Shah", AssessmentDate = new DateOnly(2026, 10, 1), TafPlanDate = new DateOnly(2026, 10, 20) };

    [Fact]
    public void A_consented_episode_is_valid() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void An_episode_cannot_open_without_consent(bool? consent) => Assert.Contains("consentRecorded", Errors(Valid() with { ConsentRecorded = consent }).Keys);

    [Fact]
    public void Consent_comes_before_the_assessment_and_the_plan_after_it()
    {
        Assert.Contains("consentDate", Errors(Valid() with { ConsentDate = new DateOnly(2026, 10, 2) }).Keys);
        Assert.Contains("consentDate", Errors(Valid() with { ConsentDate = null }).Keys);
        Assert.Contains("tafPlanDate", Errors(Valid() with { TafPlanDate = new DateOnly(2026, 9, 30) }).Keys);
        Assert.Contains("tafPlanDate", Errors(Valid() with { TafPlanDate = Today.AddDays(1) }).Keys);
        Assert.Contains("assessmentDate", Errors(Valid() with { AssessmentDate = Today.AddDays(1), ConsentDate = Today }).Keys);
        Assert.Contains("leadPractitioner", Errors(Valid() with { LeadPractitioner = " " }).Keys);
    }

    [Theory]
    [InlineData(EarlyHelpOutcomes.NeedsMet)]
    [InlineData(EarlyHelpOutcomes.SteppedUpToSocialCare)]
    [InlineData(EarlyHelpOutcomes.Disengaged)]
    [InlineData(EarlyHelpOutcomes.ConsentWithdrawn)]
    public void Closing_takes_an_outcome_from_the_typed_set(string outcome) =>
        Assert.Empty(new CloseEarlyHelpEpisodeRequest(new DateOnly(2026, 11, 1), outcome).Validate(Today, Episode()).ToDictionary());

    [Fact]
    public void Closing_rejects_unknown_outcomes_and_early_or_future_dates()
    {
        var episode = Episode();

        Assert.Contains("outcome", new CloseEarlyHelpEpisodeRequest(new DateOnly(2026, 11, 1), "finished").Validate(Today, episode).ToDictionary().Keys);
        Assert.Contains("outcome", new CloseEarlyHelpEpisodeRequest(new DateOnly(2026, 11, 1), null).Validate(Today, episode).ToDictionary().Keys);
        Assert.Contains("closureDate", new CloseEarlyHelpEpisodeRequest(new DateOnly(2026, 9, 30), "needs-met").Validate(Today, episode).ToDictionary().Keys);
        Assert.Contains("closureDate", new CloseEarlyHelpEpisodeRequest(new DateOnly(2026, 10, 19), "needs-met").Validate(Today, episode).ToDictionary().Keys);
        Assert.Contains("closureDate", new CloseEarlyHelpEpisodeRequest(Today.AddDays(1), "needs-met").Validate(Today, episode).ToDictionary().Keys);
    }

    [Fact]
    public void A_correction_keeps_dates_before_the_closure()
    {
        var closed = Episode();
        closed.ClosureDate = new DateOnly(2026, 10, 25);

        Assert.Contains("tafPlanDate", (Valid() with { TafPlanDate = new DateOnly(2026, 10, 26) }).ValidateAgainst(closed, Today).ToDictionary().Keys);
        Assert.Empty(Valid().ValidateAgainst(closed, Today).ToDictionary());
    }
}

public sealed class DevelopmentalCheckValidationTests
{
    private static readonly DateOnly Born = new(2024, 5, 10);

    private static RecordDevelopmentalCheckRequest Valid() =>
        new(Child(Born), new DateOnly(2026, 6, 1), "on-track", "on-track", "not-on-track", "on-track", "on-track");

    private static IReadOnlyDictionary<string, string[]> Errors(RecordDevelopmentalCheckRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_check_is_valid() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void The_check_is_between_the_second_and_third_birthdays_and_not_in_the_future()
    {
        Assert.Empty(Errors(Valid() with { CheckDate = new DateOnly(2026, 5, 10) }));
        Assert.Contains("checkDate", Errors(Valid() with { CheckDate = new DateOnly(2026, 5, 9) }).Keys);
        Assert.Contains("checkDate", Errors(Valid() with { Child = Child(new DateOnly(2023, 11, 1)), CheckDate = new DateOnly(2026, 11, 1) }).Keys);
        Assert.Contains("checkDate", Errors(Valid() with { CheckDate = Today.AddDays(1) }).Keys);
        Assert.Contains("checkDate", Errors(Valid() with { CheckDate = null }).Keys);
    }

    [Theory]
    [InlineData("communication")]
    [InlineData("grossMotor")]
    [InlineData("fineMotor")]
    [InlineData("problemSolving")]
    [InlineData("personalSocial")]
    public void Each_area_must_be_on_track_or_not(string area)
    {
        var request = area switch
        {
            "communication" => Valid() with { Communication = "delayed" },
            "grossMotor" => Valid() with { GrossMotor = null },
            "fineMotor" => Valid() with { FineMotor = "On track" },
            "problemSolving" => Valid() with { ProblemSolving = "" },
            _ => Valid() with { PersonalSocial = "unknown" },
        };

        Assert.Equal([area], Errors(request).Keys);
    }

    [Fact]
    public void All_on_track_only_when_every_area_is()
    {
        var check = new DevelopmentalCheck { Id = Guid.NewGuid(), Child = Child(Born).ToDetails(), Communication = "", GrossMotor = "", FineMotor = "", ProblemSolving = "", PersonalSocial = "" };
        Valid().ApplyTo(check);
        Assert.False(check.AllOnTrack);
        (Valid() with { FineMotor = DevelopmentOutcomes.OnTrack }).ApplyTo(check);
        Assert.True(check.AllOnTrack);
    }
}

public sealed class EarlyYearsFamilyMemberValidationTests
{
    private static RecordFamilyMemberRequest Valid() => new(Child(new DateOnly(2023, 1, 1)), "Zoe", "Green", Relationships.Mother, new DateOnly(1995, 1, 1), true, true, null);

    [Fact]
    public void A_complete_family_member_is_valid() => Assert.Empty(Valid().Validate(Today).ToDictionary());

    [Fact]
    public void Unknown_relationships_and_a_parent_born_after_the_child_are_rejected()
    {
        Assert.Contains("relationship", (Valid() with { Relationship = "nan" }).Validate(Today).ToDictionary().Keys);
        Assert.Contains("dateOfBirth", (Valid() with { DateOfBirth = new DateOnly(2024, 1, 1) }).Validate(Today).ToDictionary().Keys);
        Assert.Contains("livesWithChild", (Valid() with { LivesWithChild = null }).Validate(Today).ToDictionary().Keys);
    }
}
