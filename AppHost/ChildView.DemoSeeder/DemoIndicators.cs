namespace ChildView.DemoSeeder;

/// <summary>
/// Records that give a named demo child early-help indicators in four outcome areas (education,
/// domestic abuse, mental health, youth justice with the offence seeded beside it), so the worklist
/// and the family early-help review have something to show from the first run.
/// </summary>
public static class DemoIndicators
{
    public static async Task SeedAsync(GatewayClient gateway, Guid pupilId, Guid referralId, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var daysAgo in new[] { 95, 20 })
        {
            var start = today.AddDays(-daysAgo);
            await gateway.PostAsync("/api/education/exclusions", new
            {
                pupilId, category = "FIXD", reason = "DB", startDate = start, endDate = start.AddDays(1), sessions = 4,
            }, cancellationToken);
        }

        await gateway.PostAsync("/api/socialcare/assessments", new { referralId, startDate = today.AddDays(-10), factors = new[] { "3B", "4B" } }, cancellationToken);
    }
}
