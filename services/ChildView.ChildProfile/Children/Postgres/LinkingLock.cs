using System.Security.Cryptography;
using System.Text;
using ChildView.ChildProfile.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ChildProfile.Children.Postgres;

/// <summary>
/// Serialises the linking of new source records that could be the same child, until the transaction
/// ends. Without it two records about one new child, consumed at the same moment, would each miss the
/// other and start two children. Any two records the matcher could compare share a blocking token
/// (date of birth, a name, a postcode), so one lock per token serialises exactly those and lets the
/// rest of the county link in parallel. Records a steward decided about are tied by the decision, not
/// by their fields, so each decision naming the record is a token too. Locks are taken in one global
/// order, so they cannot deadlock.
/// </summary>
public static class LinkingLock
{
    public static async Task AcquireAsync(ProfileDbContext db, SourceLink incoming, IEnumerable<Guid> decisions, CancellationToken cancellationToken)
    {
        foreach (var key in Keys(incoming, decisions))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    /// <summary>The record's blocking tokens as advisory-lock keys, ascending; a record with none locks its source key.</summary>
    public static IReadOnlyList<long> Keys(SourceLink incoming, IEnumerable<Guid> decisions)
    {
        string?[] tokens =
        [
            incoming.DateOfBirth is { } dob ? $"dob:{dob:yyyy-MM-dd}" : null,
            incoming.GivenNameKey is { } given ? $"name:{given}" : null,
            incoming.FamilyNameKey is { } family ? $"name:{family}" : null,
            incoming.PostcodeKey is { } postcode ? $"postcode:{postcode}" : null,
        ];
        var present = tokens.OfType<string>().ToList();
        if (present.Count == 0)
        {
            present.Add($"source:{incoming.SourceSystem}:{incoming.LocalId}");
        }

        present.AddRange(decisions.Select(decision => $"decision:{decision}"));

        return present.Select(Key).Distinct().Order().ToList();
    }

    private static long Key(string token) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("childview-link:" + token)), 0);
}
