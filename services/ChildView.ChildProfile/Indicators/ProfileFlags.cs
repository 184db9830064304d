using ChildView.ChildProfile.Indicators.Postgres;
using Npgsql;

namespace ChildView.ChildProfile.Indicators;

/// <summary>The open flags a profile shows: read under the caller's role, so only those the database lets it see.</summary>
public static class ProfileFlags
{
    public static async Task<IReadOnlyList<ProfileFlag>> OpenAsync(NpgsqlConnection connection, Guid childId, CancellationToken cancellationToken)
    {
        var rows = await FlagQueries.OpenForChildAsync(connection, childId, cancellationToken);
        return [.. rows.Select(row => new ProfileFlag(
            row.Id, row.SubjectKind, row.RuleId, IndicatorRuleSet.Current.Describe(row.RuleId)?.Title ?? row.RuleId, row.OutcomeArea, row.RaisedAt))];
    }
}
