using System.Globalization;
using ChildView.Linkage.Decision;

namespace ChildView.Linkage.Cli;

/// <summary>Writes matches and possible matches (non-matches would swamp the file), strongest first.</summary>
public static class LinksCsvWriter
{
    public static int Write(string path, IEnumerable<ScoredPair> pairs)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("left_id,right_id,match_weight,match_probability,decision");
        var written = 0;
        foreach (var pair in pairs.Where(p => p.Decision != MatchDecision.NonMatch).OrderByDescending(p => p.MatchWeight))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Quote(pair.LeftId)},{Quote(pair.RightId)},{pair.MatchWeight:F3},{pair.Probability:G6},{Decision(pair.Decision)}"));
            written++;
        }
        return written;
    }

    private static string Decision(MatchDecision decision) => decision == MatchDecision.Match ? "match" : "possible";

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
