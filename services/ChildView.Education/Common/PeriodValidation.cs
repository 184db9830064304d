using ChildView.ServiceKit.Validation;

namespace ChildView.Education.Common;

public static class PeriodValidation
{
    /// <summary>A required start not in the future and an optional end not before it (and not in the future: an end is recorded once it has happened).</summary>
    public static ValidationErrors ValidatePeriod(this ValidationErrors errors, string startField, DateOnly? start, string endField, DateOnly? end, DateOnly today)
    {
        if (start is not { } from)
        {
            errors.Add(startField, "Required.");
        }
        else
        {
            errors.When(from > today, startField, "Must not be in the future.");
        }

        if (end is { } to)
        {
            errors
                .When(start is { } s && to < s, endField, $"Must not be before {startField}.")
                .When(to > today, endField, "Must not be in the future.");
        }

        return errors;
    }

    /// <summary>A required end for closing a record: on or after its start and not in the future.</summary>
    public static ValidationErrors ValidateEnd(this ValidationErrors errors, string field, DateOnly? end, DateOnly start, DateOnly today)
    {
        if (end is not { } to)
        {
            return errors.Add(field, "Required.");
        }

        return errors
            .When(to < start, field, "Must not be before the start date.")
            .When(to > today, field, "Must not be in the future.");
    }

    public static ValidationErrors RequiredId(this ValidationErrors errors, string field, Guid? id) =>
        errors.When(id is null || id == Guid.Empty, field, "Required.");
}
