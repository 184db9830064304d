using ChildView.ServiceKit.Validation;

namespace ChildView.SocialCare.Records;

/// <summary>The date checks every social care record shares: present when required, not in the future, plausible, in order.</summary>
public static class DateRules
{
    /// <summary>No record in a children's services system can predate the oldest child it may hold (26 years) by decades.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    /// <summary>A date that has happened: required (unless told otherwise), not in the future, not before <see cref="Earliest"/>.</summary>
    public static ValidationErrors PastDate(this ValidationErrors errors, string field, DateOnly? value, DateOnly today, bool required = true)
    {
        if (value is not { } date)
        {
            return required ? errors.Add(field, "Required.") : errors;
        }

        return errors
            .When(date > today, field, "Must not be in the future.")
            .When(date < Earliest, field, $"Must not be before {Earliest:yyyy-MM-dd}.");
    }

    /// <summary>An end (or later step) must not come before the start it follows.</summary>
    public static ValidationErrors NotBefore(this ValidationErrors errors, string field, DateOnly? value, DateOnly? start, string startName) =>
        errors.When(value is { } v && start is { } s && v < s, field, $"Must not be before the {startName}.");

    /// <summary>Social care can record an unborn child (pre-birth assessment), but not earlier than nine months before birth.</summary>
    public static ValidationErrors NotBeforeConception(this ValidationErrors errors, string field, DateOnly? value, DateOnly? dateOfBirth) =>
        errors.When(value is { } v && dateOfBirth is { } born && v < born.AddMonths(-9), field, "Must not be more than nine months before the child's date of birth.");
}
