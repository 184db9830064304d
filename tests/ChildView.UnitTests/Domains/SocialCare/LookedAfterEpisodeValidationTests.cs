using ChildView.SocialCare.LookedAfterEpisodes;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class LookedAfterEpisodeValidationTests
{
    private static readonly DateOnly Start = new(2025, 3, 1);

    private static RecordLookedAfterEpisodeRequest Valid() => new(Child(), Start, "S", "C2", "U1", "PR1");

    [Fact]
    public void A_complete_episode_is_valid()
    {
        Assert.True(Valid().Validate(Today).IsValid);
    }

    [Theory]
    [InlineData("reasonForNewEpisode")]
    [InlineData("legalStatus")]
    [InlineData("placementType")]
    [InlineData("placementProvider")]
    public void Each_ssda903_code_outside_its_set_is_named(string field)
    {
        var request = field switch
        {
            "reasonForNewEpisode" => Valid() with { ReasonForNewEpisode = "X" },
            "legalStatus" => Valid() with { LegalStatus = "C3" },
            "placementType" => Valid() with { PlacementType = "U7" },
            _ => Valid() with { PlacementProvider = "PR6" },
        };

        Assert.Equal([field], request.Validate(Today).ToDictionary().Keys);
    }

    [Fact]
    public void An_episode_cannot_start_before_the_child_was_born_or_in_the_future()
    {
        Assert.True((Valid() with { StartDate = new DateOnly(2013, 4, 16) }).Validate(Today).ToDictionary().ContainsKey("startDate"));
        Assert.True((Valid() with { StartDate = new DateOnly(2013, 4, 17) }).Validate(Today).IsValid);
        Assert.True((Valid() with { StartDate = Today.AddDays(1) }).Validate(Today).ToDictionary().ContainsKey("startDate"));
        Assert.True((Valid() with { StartDate = null }).Validate(Today).ToDictionary().ContainsKey("startDate"));
    }

    [Theory]
    [InlineData("2025-03-01", "E11", true)]
    [InlineData("2026-01-01", "X1", true)]
    [InlineData("2026-01-01", "E4A", true)]
    [InlineData("2025-02-28", "E11", false)] // before DECOM
    [InlineData("2026-11-26", "E11", false)] // future
    [InlineData("2026-01-01", "E1", false)]
    [InlineData("2026-01-01", "E42", false)]
    [InlineData("2026-01-01", null, false)]
    public void An_episode_ends_on_or_after_it_started_for_a_903_reason(string end, string? reason, bool valid)
    {
        var request = new CloseLookedAfterEpisodeRequest(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), reason);

        Assert.Equal(valid, request.Validate(Today, Start).IsValid);
    }

    [Fact]
    public void A_correction_cannot_start_a_closed_episode_after_its_end()
    {
        var ended = new LookedAfterEpisode
        {
            Child = ChildDetails(), StartDate = Start, EndDate = Start.AddDays(10), ReasonForNewEpisode = "S", LegalStatus = "C2", PlacementType = "U1", PlacementProvider = "PR1",
        };

        Assert.True((Valid() with { StartDate = Start.AddDays(11) }).ValidateAgainst(ended).ToDictionary().ContainsKey("startDate"));
        Assert.True(Valid().ValidateAgainst(ended).IsValid);
    }
}
