using ChildView.Contracts.IntegrationEvents;
using ChildView.IntegrationTests.Support;

namespace ChildView.IntegrationTests.Delivery;

/// <summary>
/// Versions of one record applied at the same moment, by two consumers of one queue or by two replicas:
/// the profile ends on the newest, whichever commits first, and never goes back a version. The first two
/// tests force the interleaving (another transaction holds what both wait on, and releases them in the
/// order the test chose); the last publishes on the bus and lets the consumers race.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrentVersionTests(PlatformFixture platform)
{
    private const int RecordsPerOrder = 25;

    private readonly IngestionRace _race = new(platform);
    private readonly BusProbe _bus = new(platform);

    [Fact]
    public async Task Two_versions_of_a_record_applied_at_once_leave_the_newer_whichever_is_let_through_first()
    {
        var wentBack = await RaceAsync(async (child, id, newerFirst) =>
        {
            await _race.ApplyAsync(IngestionRace.Version(child, id, 1));

            // Both read the stored version while the record is held, then queue behind the holder.
            Task first, second;
            await using (await _race.HoldRecordAsync(id))
            {
                first = await _race.StartQueuedAsync(IngestionRace.Version(child, id, newerFirst ? 3 : 2));
                second = await _race.StartQueuedAsync(IngestionRace.Version(child, id, newerFirst ? 2 : 3));
            }

            await Task.WhenAll(first, second);
            return await _bus.RecordVersionAsync(id) is var held && held != 3 ? [$"version {held}"] : [];
        });

        Assert.True(wentBack.Count == 0, $"{wentBack.Count} of {2 * RecordsPerOrder} records went back a version: {string.Join("; ", wentBack.Take(5))}");
    }

    [Fact]
    public async Task The_first_two_versions_of_a_new_record_applied_at_once_take_turns_instead_of_colliding()
    {
        var problems = await RaceAsync(async (child, id, newerFirst) =>
        {
            // Neither version finds the record; both queue behind the child's first link.
            Task first, second;
            await using (await _race.HoldFirstLinkAsync(child))
            {
                first = await _race.StartQueuedAsync(IngestionRace.Version(child, id, newerFirst ? 2 : 1));
                second = await _race.StartQueuedAsync(IngestionRace.Version(child, id, newerFirst ? 1 : 2));
            }

            var found = new List<string>();
            foreach (var applying in new[] { first, second })
            {
                try
                {
                    await applying;
                }
                catch (Exception ex)
                {
                    found.Add(ex.GetBaseException().Message);
                }
            }

            return await _bus.RecordVersionAsync(id) is var held && held != 2 ? [.. found, $"version {held}"] : found;
        });

        Assert.True(problems.Count == 0, $"{problems.Count} problems in {2 * RecordsPerOrder} records: {string.Join("; ", problems.Take(5))}");
    }

    [Fact]
    public async Task Versions_published_together_leave_every_record_at_its_newest()
    {
        var records = Enumerable.Range(0, 2 * RecordsPerOrder).Select(_ => (Child: IngestionRace.NewChild(), Id: Guid.NewGuid())).ToList();
        var firsts = records.Select(r => IngestionRace.Version(r.Child, r.Id, 1)).ToList();
        await Task.WhenAll(firsts.Select(m => _bus.PublishAsync(m)));
        await _bus.InboxHoldsAsync(firsts.Select(m => m.EventId));

        var changes = records.SelectMany((r, i) => i % 2 == 0
            ? new[] { IngestionRace.Version(r.Child, r.Id, 3), IngestionRace.Version(r.Child, r.Id, 2) }
            : new[] { IngestionRace.Version(r.Child, r.Id, 2), IngestionRace.Version(r.Child, r.Id, 3) }).ToList();
        await Task.WhenAll(changes.Select(m => _bus.PublishAsync(m)));
        await _bus.InboxHoldsAsync(changes.Select(m => m.EventId));

        var versions = await Task.WhenAll(records.Select(r => _bus.RecordVersionAsync(r.Id)));
        Assert.True(versions.All(v => v == 3), $"{versions.Count(v => v != 3)} of {records.Count} records are not at version 3: {string.Join(", ", versions)}");
    }

    /// <summary>Runs <paramref name="race"/> on fresh records, letting the newer version through first for half of them; collects what went wrong.</summary>
    private static async Task<List<string>> RaceAsync(Func<ChildIdentity, Guid, bool, Task<List<string>>> race)
    {
        var problems = new List<string>();
        for (var i = 0; i < 2 * RecordsPerOrder; i++)
        {
            var newerFirst = i % 2 == 0;
            var found = await race(IngestionRace.NewChild(), Guid.NewGuid(), newerFirst);
            problems.AddRange(found.Select(problem => $"{(newerFirst ? "newer" : "older")} first: {problem}"));
        }

        return problems;
    }
}
