using ChildView.ChildProfile.Families;

namespace ChildView.UnitTests.Families;

public sealed class HouseholdTimelineTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly AddressObservation MillLane = At("12 Mill Lane", null);
    private static readonly AddressObservation BankRoad = At("5 Bank Road", null);

    private static AddressObservation At(string line1, DateOnly? on) => new(PersonKeys.Address(line1, "DE4 3AB")!, line1, "Matlock", "DE4 3AB", on);

    private static List<(string Line1, DateOnly? From, DateOnly? To)> Periods(IEnumerable<AddressObservation> dated, AddressObservation? current) =>
        [.. HouseholdTimeline.Build(Child, dated, current).Select(m => (m.AddressLine1, m.FromDate, m.ToDate))];

    [Fact]
    public void A_move_closes_the_old_stay_on_the_first_date_at_the_new_address()
    {
        var periods = Periods(
            [MillLane with { On = new(2022, 9, 5) }, MillLane with { On = new(2023, 1, 1) }, BankRoad with { On = new(2024, 3, 1) }, BankRoad with { On = new(2024, 5, 1) }],
            BankRoad);

        Assert.Equal([("12 Mill Lane", (DateOnly?)new DateOnly(2022, 9, 5), (DateOnly?)new DateOnly(2024, 3, 1)), ("5 Bank Road", new DateOnly(2024, 3, 1), null)], periods);
    }

    [Fact]
    public void The_order_records_arrive_in_does_not_change_the_periods()
    {
        AddressObservation[] observations = [BankRoad with { On = new(2024, 3, 1) }, MillLane with { On = new(2022, 9, 5) }, MillLane with { On = new(2025, 1, 1) }];

        Assert.Equal(Periods(observations, MillLane), Periods(observations.Reverse(), MillLane));
        Assert.Equal(3, Periods(observations, MillLane).Count);
    }

    [Fact]
    public void Without_dated_records_the_latest_address_is_one_open_stay()
    {
        Assert.Equal([("12 Mill Lane", (DateOnly?)null, (DateOnly?)null)], Periods([MillLane], MillLane));
        Assert.Empty(Periods([], null));
    }

    [Fact]
    public void A_move_no_dated_record_shows_starts_the_day_after_the_last_record_at_the_old_address()
    {
        var periods = Periods([MillLane with { On = new(2022, 9, 5) }, MillLane with { On = new(2023, 6, 30) }], BankRoad);

        Assert.Equal([("12 Mill Lane", (DateOnly?)new DateOnly(2022, 9, 5), (DateOnly?)new DateOnly(2023, 7, 1)), ("5 Bank Road", new DateOnly(2023, 7, 1), null)], periods);
    }
}
