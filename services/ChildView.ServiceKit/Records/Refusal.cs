using ChildView.ServiceKit.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ServiceKit.Records;

/// <summary>
/// A feature's "no" to a write, given before anything is saved: a 400 naming fields, or another problem
/// (403 from the allocation rules, 409 for a UPN in use, …).
/// </summary>
public sealed class Refusal
{
    private Refusal(ValidationProblem? invalid, ProblemHttpResult? problem)
    {
        Invalid = invalid;
        Problem = problem;
    }

    public ValidationProblem? Invalid { get; }

    public ProblemHttpResult? Problem { get; }

    /// <summary>The refusal for invalid input, or null when there is nothing to refuse.</summary>
    public static Refusal? Of(ValidationErrors errors) => errors.IsValid ? null : new Refusal(errors.ToProblem(), null);

    /// <summary>The refusal for a change that does not fit the stored record; when it fits, <paramref name="apply"/> makes it.</summary>
    public static Refusal? Of(ValidationErrors errors, Action apply)
    {
        if (!errors.IsValid)
        {
            return new Refusal(errors.ToProblem(), null);
        }

        apply();
        return null;
    }

    public static implicit operator Refusal(ValidationProblem invalid) => new(invalid, null);

    public static implicit operator Refusal(ProblemHttpResult problem) => new(null, problem);
}

/// <summary>A record a feature made from a request, or its refusal to make one.</summary>
public readonly struct Made<TRecord>
    where TRecord : class
{
    private Made(TRecord? record, Refusal? refusal)
    {
        Record = record;
        Refusal = refusal;
    }

    public TRecord? Record { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Made<TRecord>(TRecord record) => new(record, null);

    public static implicit operator Made<TRecord>(Refusal refusal) => new(null, refusal);

    public static implicit operator Made<TRecord>(ValidationProblem invalid) => new(null, invalid);

    public static implicit operator Made<TRecord>(ProblemHttpResult problem) => new(null, problem);
}
