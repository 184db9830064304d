using ChildView.ChildProfile.Data;
using ChildView.ChildProfile.Families;
using ChildView.ChildProfile.Indicators;
using ChildView.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildView.IntegrationTests.Indicators;

/// <summary>Indicators raised and cleared by real events through RabbitMQ and the profile's consumers, with their history kept.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IndicatorFlowTests(PlatformFixture platform)
{
    private static DateOnly MonthsAgo(int months) => IndicatorProbe.Today.AddMonths(-months);

    [Fact]
    public async Task Two_suspensions_raise_a_flag_a_deletion_clears_it_and_a_new_one_raises_a_second_episode()
    {
        var child = new IndicatorProbe(platform);
        var first = await child.SuspensionAsync(Guid.NewGuid(), MonthsAgo(4));
        Assert.Empty(await child.FlagsAsync("repeated-suspensions"));

        var second = await child.SuspensionAsync(Guid.NewGuid(), MonthsAgo(1));
        var raised = await child.OpenFlagAsync("repeated-suspensions");
        Assert.Contains(first.ToString(), raised.Evidence, StringComparison.Ordinal);
        Assert.Contains(second.ToString(), raised.Evidence, StringComparison.Ordinal);

        await child.SuspensionAsync(second, MonthsAgo(1), version: 2, state: Contracts.IntegrationEvents.RecordState.Deleted);
        var cleared = Assert.Single(await child.FlagsAsync("repeated-suspensions"));
        Assert.Equal(raised.Id, cleared.Id);
        Assert.NotNull(cleared.ClearedAt);
        Assert.True(cleared.ClearedAt >= cleared.RaisedAt);

        await child.SuspensionAsync(Guid.NewGuid(), MonthsAgo(0));
        var history = await child.FlagsAsync("repeated-suspensions");
        Assert.Equal(2, history.Count);
        Assert.Equal(raised.Id, history[0].Id);
        Assert.NotNull(history[0].ClearedAt);
        Assert.Null(history[1].ClearedAt);
    }

    [Fact]
    public async Task A_domestic_abuse_factor_raises_a_flag_and_a_corrected_assessment_clears_it()
    {
        var child = new IndicatorProbe(platform);
        var assessment = await child.AssessmentAsync(Guid.NewGuid(), MonthsAgo(1), ["3B", "4B"]);
        var flag = await child.OpenFlagAsync("domestic-abuse");
        Assert.Contains(assessment.ToString(), flag.Evidence, StringComparison.Ordinal);
        Assert.Single(await child.FlagsAsync("mental-health-or-self-harm"), f => f.ClearedAt is null);

        await child.AssessmentAsync(assessment, MonthsAgo(1), ["4B"], version: 2);

        Assert.NotNull(Assert.Single(await child.FlagsAsync("domestic-abuse")).ClearedAt);
        Assert.Null(Assert.Single(await child.FlagsAsync("mental-health-or-self-harm")).ClearedAt);
    }

    [Fact]
    public async Task Persistent_absence_clears_when_a_later_term_is_good()
    {
        var child = new IndicatorProbe(platform);
        await child.AttendanceAsync(Guid.NewGuid(), MonthsAgo(3), 82m);
        await child.OpenFlagAsync("persistent-absence");

        await child.AttendanceAsync(Guid.NewGuid(), MonthsAgo(1), 97m);

        Assert.NotNull(Assert.Single(await child.FlagsAsync("persistent-absence")).ClearedAt);
    }

    [Fact]
    public async Task Early_help_closed_because_the_family_disengaged_raises_a_flag()
    {
        var child = new IndicatorProbe(platform);
        var episode = await child.EarlyHelpClosedAsync(Guid.NewGuid(), MonthsAgo(6), MonthsAgo(1), "disengaged");

        Assert.Contains(episode.ToString(), (await child.OpenFlagAsync("early-help-closed-without-good-outcome")).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_in_three_outcome_areas_flag_the_family_for_review_with_every_record_as_evidence()
    {
        var child = new IndicatorProbe(platform);
        await child.AttendanceAsync(Guid.NewGuid(), MonthsAgo(2), 80m);
        await child.OffenceOutcomeAsync(Guid.NewGuid(), MonthsAgo(1));
        Assert.DoesNotContain(await child.FlagsAsync(), f => f.SubjectKind == FlagEpisode.FamilySubject);

        var assessment = await child.AssessmentAsync(Guid.NewGuid(), MonthsAgo(1), ["3A"]);

        var review = await child.OpenFlagAsync("family-early-help-review");
        Assert.Equal(FlagEpisode.FamilySubject, review.SubjectKind);
        Assert.Contains(assessment.ToString(), review.Evidence, StringComparison.Ordinal);
        Assert.Equal([child.ChildId], review.FamilyChildren);
    }

    /// <summary>Households are derived elsewhere; here a fake directory makes two real profile children one family.</summary>
    [Fact]
    public async Task A_family_of_two_is_flagged_on_its_first_child_and_a_sibling_plan_flags_the_other_child()
    {
        var older = new IndicatorProbe(platform, "Older");
        var younger = new IndicatorProbe(platform, "Younger");
        await older.AttendanceAsync(Guid.NewGuid(), MonthsAgo(2), 80m);
        await older.OffenceOutcomeAsync(Guid.NewGuid(), MonthsAgo(1));
        await younger.AssessmentAsync(Guid.NewGuid(), MonthsAgo(1), ["3C"]);
        await younger.ProtectionPlanAsync(Guid.NewGuid(), MonthsAgo(1));
        Assert.DoesNotContain(await older.FlagsAsync(), f => f.SubjectKind == FlagEpisode.FamilySubject || f.RuleId == "sibling-on-child-protection-plan");

        var family = new[] { older.ChildId, younger.ChildId }.Order().ToList();
        await using (var scope = platform.Profile.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProfileDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new EarlyHelpIndicators(db, new FixedFamilies(family), TimeProvider.System).RefreshAsync([older.ChildId], default);
            await transaction.CommitAsync();
        }

        var anchor = family[0] == older.ChildId ? older : younger;
        var review = await anchor.OpenFlagAsync("family-early-help-review");
        Assert.Equal(family, review.FamilyChildren.Order());
        Assert.DoesNotContain(family[0] == older.ChildId ? await younger.FlagsAsync() : await older.FlagsAsync(), f => f.SubjectKind == FlagEpisode.FamilySubject);
        Assert.Null((await older.OpenFlagAsync("sibling-on-child-protection-plan")).ClearedAt);
        Assert.DoesNotContain(await younger.FlagsAsync(), f => f.RuleId == "sibling-on-child-protection-plan");
    }

    /// <summary>A flag whose window has closed since the last event (here: one left open with no record behind it) is cleared by the daily sweep.</summary>
    [Fact]
    public async Task The_sweep_clears_open_flags_whose_condition_no_longer_holds_without_any_event()
    {
        var child = new IndicatorProbe(platform);
        await child.AttendanceAsync(Guid.NewGuid(), MonthsAgo(2), 99m);
        await using (var owner = await platform.OpenDatabaseAsync("profile"))
        {
            await using var insert = new Npgsql.NpgsqlCommand(
                """
                INSERT INTO indicator_flags (id, subject_kind, child_id, family_children, rule_id, outcome_area, raised_at, evidence, evidence_types, version)
                VALUES (gen_random_uuid(), 'child', @c, ARRAY[@c], 'youth-justice-outcome', 'crime-prevention', now() - interval '1 year', '[]', '{offence-outcome}', 1)
                """,
                owner);
            insert.Parameters.AddWithValue("c", child.ChildId);
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Null((await child.OpenFlagAsync("youth-justice-outcome")).ClearedAt);

        var swept = await platform.Profile.Services.GetRequiredService<IndicatorSweep>().SweepAsync(default);

        Assert.True(swept >= 1);
        Assert.NotNull(Assert.Single(await child.FlagsAsync("youth-justice-outcome")).ClearedAt);
    }

    private sealed class FixedFamilies(IReadOnlyList<Guid> children) : IFamilyDirectory
    {
        public Task<IReadOnlyList<Guid>> FamilyChildrenAsync(Guid childId, CancellationToken cancellationToken) =>
            Task.FromResult(children.Contains(childId) ? children : (IReadOnlyList<Guid>)[childId]);
    }
}
