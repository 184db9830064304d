using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Validation;
using ChildView.ServiceKit.Records;
using ChildView.SocialCare.Records;
using ChildView.SocialCare.Referrals;
using static ChildView.UnitTests.Domains.SocialCare.SocialCareTestData;

namespace ChildView.UnitTests.Domains.SocialCare;

public sealed class RecordRulesTests
{
    [Fact]
    public void A_past_date_is_required_not_future_and_not_implausibly_old()
    {
        Assert.True(new ValidationErrors().PastDate("d", Today, Today).IsValid);
        Assert.True(new ValidationErrors().PastDate("d", null, Today, required: false).IsValid);
        Assert.Equal(["Required."], new ValidationErrors().PastDate("d", null, Today).ToDictionary()["d"]);
        Assert.Equal(["Must not be in the future."], new ValidationErrors().PastDate("d", Today.AddDays(1), Today).ToDictionary()["d"]);
        Assert.Equal(["Must not be before 1990-01-01."], new ValidationErrors().PastDate("d", new DateOnly(1900, 1, 1), Today).ToDictionary()["d"]);
    }

    [Fact]
    public void An_end_may_equal_but_not_precede_its_start()
    {
        Assert.True(new ValidationErrors().NotBefore("end", Today, Today, "start").IsValid);
        Assert.True(new ValidationErrors().NotBefore("end", null, Today, "start").IsValid);
        Assert.Equal(["Must not be before the start."], new ValidationErrors().NotBefore("end", Today.AddDays(-1), Today, "start").ToDictionary()["end"]);
    }

    [Theory]
    [InlineData("open", RecordState.Open)]
    [InlineData("Closed", RecordState.Closed)]
    [InlineData("deleted", null)]
    [InlineData("nonsense", null)]
    public void List_state_filters_are_open_or_closed_never_deleted(string state, RecordState? expected)
    {
        Assert.Equal(expected, RecordListQuery.ParseState(state));
    }

    [Fact]
    public void A_list_query_with_a_bad_state_page_or_range_is_rejected()
    {
        var bad = new ReferralListQuery { State = "deleted", From = new DateOnly(2026, 2, 1), To = new DateOnly(2026, 1, 1), Page = 0, PageSize = 500 };

        var errors = bad.Validate().ToDictionary();

        Assert.Equal(["page", "pageSize", "state", "to"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.True(new ReferralListQuery { State = "OPEN", Page = 1, PageSize = 20 }.Validate().IsValid);
    }

    [Fact]
    public void A_corrected_child_keeps_the_services_own_id_and_a_copy_is_a_separate_object()
    {
        var current = ChildDetails();
        var corrected = (Child() with { LocalId = "SOMETHING-ELSE", GivenName = "Amy" }).Replacing(current);
        var copy = current.Copy();

        Assert.Equal(("LA-123", "Amy"), (corrected.LocalId, corrected.GivenName));
        Assert.NotSame(current, copy);
        Assert.Equal((current.LocalId, current.NhsNumber, current.Postcode), (copy.LocalId, copy.NhsNumber, copy.Postcode));
    }
}
