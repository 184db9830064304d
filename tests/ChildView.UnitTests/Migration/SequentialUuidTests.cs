using ChildView.Migration.Loading;

namespace ChildView.UnitTests.Migration;

public sealed class SequentialUuidTests
{
    [Fact]
    public void Ids_are_version_7_carry_the_clock_and_strictly_increase_within_and_across_milliseconds()
    {
        var clock = new ManualClock { Now = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero) };
        var ids = new SequentialUuid(clock);

        var sameMillisecond = Enumerable.Range(0, 1_000).Select(_ => ids.Next()).ToList();
        clock.Now = clock.Now.AddMilliseconds(1);
        var next = ids.Next();

        var all = sameMillisecond.Append(next).ToList();
        Assert.All(all, id => Assert.Equal(7, id.Version));
        Assert.All(all, id => Assert.Equal(0b10, id.Variant >> 2));
        Assert.Equal(all.Count, all.Distinct().Count());
        for (var i = 1; i < all.Count; i++)
            Assert.True(all[i - 1].CompareTo(all[i]) < 0, $"id {i} does not follow id {i - 1}");
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), UnixMilliseconds(next));
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds() - 1, UnixMilliseconds(sameMillisecond[0]));
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static long UnixMilliseconds(Guid id) => Convert.ToInt64(id.ToString("N")[..12], 16);
}
