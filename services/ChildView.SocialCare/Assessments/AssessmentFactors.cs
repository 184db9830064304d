using ChildView.ServiceKit.Validation;

namespace ChildView.SocialCare.Assessments;

/// <summary>
/// CIN census factors identified at the end of assessment. The number is the factor, the suffix who it
/// concerns (A the child, B a parent or carer, C another person in the household): factors 1–6 take A, B
/// or C; 7 and 9–17, 22–24 concern the child only (A); 8 (private fostering) has its own B–F; 18 and 19
/// concern adults (B, C); 20 (other) and 21 (no factors identified) take no suffix, and 21 stands alone.
/// </summary>
public static class AssessmentFactors
{
    public const string Other = "20";
    public const string NoFactorsIdentified = "21";

    private static readonly Dictionary<string, string[]> SuffixesByFactor = new(StringComparer.Ordinal)
    {
        ["1"] = ["A", "B", "C"], // alcohol misuse
        ["2"] = ["A", "B", "C"], // drug misuse
        ["3"] = ["A", "B", "C"], // domestic abuse
        ["4"] = ["A", "B", "C"], // mental health
        ["5"] = ["A", "B", "C"], // learning disability
        ["6"] = ["A", "B", "C"], // physical disability or illness
        ["7"] = ["A"], // young carer
        ["8"] = ["B", "C", "D", "E", "F"], // privately fostered
        ["9"] = ["A"], // unaccompanied asylum-seeking child
        ["10"] = ["A"], // going missing
        ["11"] = ["A"], // child sexual exploitation
        ["12"] = ["A"], // trafficking
        ["13"] = ["A"], // gangs
        ["14"] = ["A"], // socially unacceptable behaviour
        ["15"] = ["A"], // self-harm
        ["16"] = ["A"], // neglect
        ["17"] = ["A"], // emotional abuse
        ["18"] = ["B", "C"], // physical abuse
        ["19"] = ["B", "C"], // sexual abuse
        ["20"] = [""], // other
        ["21"] = [""], // no factors identified
        ["22"] = ["A"], // female genital mutilation
        ["23"] = ["A"], // abuse linked to faith or belief
        ["24"] = ["A"], // child criminal exploitation
    };

    /// <summary>Every valid factor code (1A … 24A).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        SuffixesByFactor.SelectMany(f => f.Value.Select(suffix => f.Key + suffix)),
        StringComparer.Ordinal);

    /// <summary>Each code valid, none twice, and 21 (no factors) only on its own; at least one when <paramref name="required"/>.</summary>
    public static ValidationErrors ValidateFactors(this ValidationErrors errors, string field, IReadOnlyList<string?>? factors, bool required)
    {
        if (factors is null || factors.Count == 0)
        {
            return required ? errors.Add(field, $"At least one factor is required (use {NoFactorsIdentified} when none were identified).") : errors;
        }

        if (factors.Count > All.Count)
        {
            return errors.Add(field, $"At most {All.Count} factors.");
        }

        for (var i = 0; i < factors.Count; i++)
        {
            var code = factors[i];
            if (code is null || !All.Contains(code))
            {
                errors.Add($"{field}[{i}]", Explain(code));
            }
        }

        var duplicates = factors.Where(f => f is not null).GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.When(duplicates.Count > 0, field, $"Each factor once only (repeated: {string.Join(", ", duplicates)}).");
        return errors.When(
            factors.Count > 1 && factors.Contains(NoFactorsIdentified),
            field,
            $"{NoFactorsIdentified} (no factors identified) cannot be combined with other factors.");
    }

    private static string Explain(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "Required.";
        }

        var number = new string(code.TakeWhile(char.IsAsciiDigit).ToArray());
        if (SuffixesByFactor.TryGetValue(number, out var suffixes))
        {
            var allowed = string.Join(", ", suffixes.Select(s => number + s));
            return $"'{code}' is not a census factor: factor {number} is recorded as {allowed}.";
        }

        return $"'{code}' is not a census factor (1A … 24A).";
    }
}
