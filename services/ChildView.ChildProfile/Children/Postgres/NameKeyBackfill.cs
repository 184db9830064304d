using System.Data.Common;
using ChildView.Contracts.Names;
using Npgsql;

namespace ChildView.ChildProfile.Children.Postgres;

/// <summary>
/// Gives children written before names had search keys (or by hand) their keys, computed by
/// <see cref="NameFolding"/> like every write. Runs at start-up, before the service takes traffic.
/// </summary>
public static class NameKeyBackfill
{
    private const int BatchSize = 5000;

    public static async Task<int> RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var total = 0;
        int batch;
        do
        {
            var ids = new List<Guid>();
            var given = new List<string>();
            var family = new List<string>();
            await using (var missing = new NpgsqlCommand(
                "SELECT id, given_name, family_name FROM children WHERE given_name_folded IS NULL OR family_name_folded IS NULL LIMIT @take",
                (NpgsqlConnection)connection,
                (NpgsqlTransaction)transaction))
            {
                missing.Parameters.AddWithValue("take", BatchSize);
                await using var reader = await missing.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetGuid(0));
                    given.Add(NameFolding.Fold(reader.GetString(1)));
                    family.Add(NameFolding.Fold(reader.GetString(2)));
                }
            }

            batch = ids.Count;
            if (batch > 0)
            {
                await using var update = new NpgsqlCommand(
                    """
                    UPDATE children c SET given_name_folded = k.given, family_name_folded = k.family
                    FROM unnest(@ids, @given, @family) AS k(id, given, family) WHERE c.id = k.id
                    """,
                    (NpgsqlConnection)connection,
                    (NpgsqlTransaction)transaction);
                update.Parameters.AddWithValue("ids", ids.ToArray());
                update.Parameters.AddWithValue("given", given.ToArray());
                update.Parameters.AddWithValue("family", family.ToArray());
                await update.ExecuteNonQueryAsync(cancellationToken);
                total += batch;
            }
        }
        while (batch == BatchSize);

        return total;
    }
}
