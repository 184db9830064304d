namespace ChildView.ChildProfile.Families;

/// <summary>An address a record placed the child at, and the record's date when it has one.</summary>
public sealed record AddressObservation(string HouseholdKey, string AddressLine1, string? Town, string Postcode, DateOnly? On);

/// <summary>
/// Turns the addresses a child's records place them at into household periods. Only the records'
/// own dates count (never arrival times), so a profile rebuilt from a republish gets the same periods.
/// </summary>
public static class HouseholdTimeline
{
    /// <param name="dated">Every address observation from the child's records; undated ones are ignored here.</param>
    /// <param name="current">The child's latest known address: the whole history when no record is dated, or a move after the last dated record.</param>
    public static IReadOnlyList<HouseholdMembership> Build(Guid childId, IEnumerable<AddressObservation> dated, AddressObservation? current)
    {
        var ordered = dated.Where(o => o.On is not null)
            .OrderBy(o => o.On)
            .ThenBy(o => o.HouseholdKey, StringComparer.Ordinal)
            .ToList();

        // Consecutive observations at one address are one stay; a different address starts the next.
        var stays = new List<(AddressObservation First, DateOnly LastSeen)>();
        foreach (var observation in ordered)
        {
            if (stays.Count > 0 && stays[^1].First.HouseholdKey == observation.HouseholdKey)
            {
                stays[^1] = (stays[^1].First, observation.On!.Value);
            }
            else
            {
                stays.Add((observation, observation.On!.Value));
            }
        }

        var periods = new List<HouseholdMembership>();
        for (var i = 0; i < stays.Count; i++)
        {
            DateOnly? to = i + 1 < stays.Count ? stays[i + 1].First.On : null;
            periods.Add(Period(childId, i, stays[i].First, stays[i].First.On, to));
        }

        if (current is not null && (stays.Count == 0 || stays[^1].First.HouseholdKey != current.HouseholdKey))
        {
            // A move no dated record shows: it happened after the last record at the old address.
            DateOnly? movedBy = stays.Count == 0 ? null : stays[^1].LastSeen.AddDays(1);
            if (stays.Count > 0)
            {
                periods[^1] = Period(childId, periods.Count - 1, stays[^1].First, stays[^1].First.On, movedBy);
            }

            periods.Add(Period(childId, periods.Count, current, movedBy, null));
        }

        return periods;
    }

    private static HouseholdMembership Period(Guid childId, int ordinal, AddressObservation at, DateOnly? from, DateOnly? to) => new()
    {
        ChildId = childId,
        Ordinal = ordinal,
        HouseholdKey = at.HouseholdKey,
        AddressLine1 = at.AddressLine1,
        Town = at.Town,
        Postcode = at.Postcode,
        FromDate = from,
        ToDate = to,
    };
}
