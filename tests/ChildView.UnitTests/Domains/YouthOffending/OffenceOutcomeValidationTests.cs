using ChildView.ServiceKit.Children;
using ChildView.YouthOffending.Outcomes;
using static ChildView.UnitTests.Domains.YouthOffending.YouthOffendingTestData;

namespace ChildView.UnitTests.Domains.YouthOffending;

public sealed class OffenceOutcomeValidationTests
{
    private static RecordOffenceOutcomeRequest Valid(string outcome = OutcomeTypes.YouthCaution, int? lengthMonths = null) =>
        new(Child(), new DateOnly(2026, 6, 1), "Theft", 2, outcome, new DateOnly(2026, 7, 1), lengthMonths);

    private static IReadOnlyDictionary<string, string[]> Errors(RecordOffenceOutcomeRequest request) => request.Validate(Today).ToDictionary();

    [Fact]
    public void A_complete_out_of_court_outcome_is_valid() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData(OutcomeTypes.ReferralOrder, 3)]
    [InlineData(OutcomeTypes.ReferralOrder, 12)]
    [InlineData(OutcomeTypes.YouthRehabilitationOrder, 1)]
    [InlineData(OutcomeTypes.YouthRehabilitationOrder, 36)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 4)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 18)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 24)]
    [InlineData(OutcomeTypes.LongTermDetention, 48)]
    [InlineData(OutcomeTypes.LongTermDetention, null)]
    [InlineData(OutcomeTypes.ReparationOrder, null)]
    [InlineData(OutcomeTypes.CommunityResolution, null)]
    [InlineData(OutcomeTypes.YouthConditionalCaution, null)]
    public void Order_lengths_the_law_allows_are_valid(string outcome, int? months) => Assert.Empty(Errors(Valid(outcome, months)));

    [Theory]
    [InlineData(OutcomeTypes.ReferralOrder, null)]
    [InlineData(OutcomeTypes.ReferralOrder, 2)]
    [InlineData(OutcomeTypes.ReferralOrder, 13)]
    [InlineData(OutcomeTypes.YouthRehabilitationOrder, null)]
    [InlineData(OutcomeTypes.YouthRehabilitationOrder, 0)]
    [InlineData(OutcomeTypes.YouthRehabilitationOrder, 37)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, null)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 3)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 5)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 14)]
    [InlineData(OutcomeTypes.DetentionAndTrainingOrder, 36)]
    [InlineData(OutcomeTypes.LongTermDetention, 0)]
    [InlineData(OutcomeTypes.YouthCaution, 6)]
    [InlineData(OutcomeTypes.CommunityResolution, 1)]
    [InlineData(OutcomeTypes.ReparationOrder, 3)]
    public void Order_lengths_outside_the_law_are_rejected(string outcome, int? months) =>
        Assert.Contains("lengthMonths", Errors(Valid(outcome, months)).Keys);

    [Fact]
    public void Every_outcome_code_has_a_length_rule_and_the_set_is_closed()
    {
        Assert.Equal(8, OutcomeTypes.All.Count);
        Assert.True(OutcomeTypes.OutOfCourt.IsSubsetOf(OutcomeTypes.All));
        Assert.Contains("outcome", Errors(Valid("caution")).Keys);
        Assert.Contains("outcome", Errors(Valid("Youth-Caution")).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    public void Gravity_outside_1_to_8_is_rejected(int gravity) =>
        Assert.Contains("gravityScore", Errors(Valid() with { GravityScore = gravity }).Keys);

    [Fact]
    public void Missing_fields_are_each_named()
    {
        var errors = Errors(new RecordOffenceOutcomeRequest(null, null, null, null, null, null));

        Assert.Equal(["child", "gravityScore", "offenceDate", "offenceType", "outcome", "outcomeDate"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Future_dates_and_an_outcome_before_the_offence_are_rejected()
    {
        Assert.Contains("offenceDate", Errors(Valid() with { OffenceDate = Today.AddDays(1), OutcomeDate = Today.AddDays(2) }).Keys);
        Assert.Contains("outcomeDate", Errors(Valid() with { OutcomeDate = Today.AddDays(1) }).Keys);
        Assert.Contains("outcomeDate", Errors(Valid() with { OutcomeDate = new DateOnly(2026, 5, 31) }).Keys);
    }

    [Fact]
    public void An_offence_before_the_tenth_birthday_is_rejected_and_on_it_is_accepted()
    {
        var born = new DateOnly(2016, 6, 1);

        Assert.Contains("offenceDate", Errors(Valid() with { Child = Child(born), OffenceDate = new DateOnly(2026, 5, 31) }).Keys);
        Assert.Empty(Errors(Valid() with { Child = Child(born), OffenceDate = new DateOnly(2026, 6, 1) }));
    }

    [Fact]
    public void A_correction_may_not_move_the_outcome_after_its_recorded_end()
    {
        var closed = new OffenceOutcome { Id = Guid.NewGuid(), Child = Child().ToDetails(), OffenceType = "Theft", Outcome = OutcomeTypes.YouthCaution, EndDate = new DateOnly(2026, 6, 15) };

        Assert.Contains("outcomeDate", Valid().ValidateAgainst(closed, Today).ToDictionary().Keys);
        Assert.Empty((Valid() with { OutcomeDate = new DateOnly(2026, 6, 15) }).ValidateAgainst(closed, Today).ToDictionary());
    }

    [Fact]
    public void The_scheduled_end_follows_the_order_length()
    {
        var order = new OffenceOutcome { Id = Guid.NewGuid(), Child = Child().ToDetails(), OffenceType = "Robbery", Outcome = OutcomeTypes.ReferralOrder, OutcomeDate = new DateOnly(2026, 1, 31), LengthMonths = 3 };
        var caution = new OffenceOutcome { Id = Guid.NewGuid(), Child = Child().ToDetails(), OffenceType = "Theft", Outcome = OutcomeTypes.YouthCaution, OutcomeDate = new DateOnly(2026, 1, 31) };

        Assert.Equal(new DateOnly(2026, 4, 30), order.ScheduledEndDate);
        Assert.Null(caution.ScheduledEndDate);
    }
}
