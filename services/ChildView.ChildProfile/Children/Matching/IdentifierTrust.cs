namespace ChildView.ChildProfile.Children.Matching;

/// <summary>
/// A checksum proves an identifier well formed, not that it belongs to this child: a mistyped digit
/// that still passes, or a number shared by two children, ties strangers. An identifier is trusted
/// only while the two identities carrying it do not contradict it: dates of birth more than a year
/// apart, or different recorded sexes, mean a keying error or a shared number, for a steward to judge.
/// </summary>
public static class IdentifierTrust
{
    /// <summary>More than this many days between two dates of birth is not a typing slip in a day or month.</summary>
    private const int DaysInAYear = 366;

    public static IReadOnlyList<MatchEvidence> Contradictions(SourceLink incoming, SourceLink holder)
    {
        var evidence = new List<MatchEvidence>();
        if (incoming.DateOfBirth is { } born && holder.DateOfBirth is { } holderBorn && Math.Abs(born.DayNumber - holderBorn.DayNumber) > DaysInAYear)
        {
            evidence.Add(new MatchEvidence("dob", "more than a year apart", 0, $"{born:yyyy-MM-dd}", $"{holderBorn:yyyy-MM-dd}"));
        }

        if (KnownSex(incoming.Sex) is { } sex && KnownSex(holder.Sex) is { } holderSex && sex != holderSex)
        {
            evidence.Add(new MatchEvidence("sex", "different", 0, sex, holderSex));
        }

        return evidence;
    }

    /// <summary>Only male and female contradict each other; unknown and indeterminate say nothing.</summary>
    private static string? KnownSex(string? sex) => sex?.Trim().ToUpperInvariant() is "M" or "F" ? sex.Trim().ToUpperInvariant() : null;
}
