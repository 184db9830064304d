using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildView.ServiceKit.Validation;

/// <summary>Collects field errors for one request and turns them into an RFC 9457 validation problem.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public ValidationErrors Required(string field, string? value, int maxLength = 100)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "Required.");
        }

        return value.Length > maxLength ? Add(field, $"At most {maxLength} characters.") : this;
    }

    public ValidationErrors Optional(string field, string? value, int maxLength = 100) =>
        value is not null && value.Length > maxLength ? Add(field, $"At most {maxLength} characters.") : this;

    public ValidationErrors When(bool invalid, string field, string message) => invalid ? Add(field, message) : this;

    public ValidationErrors OneOf(string field, string? value, IReadOnlySet<string> allowed, bool required = true)
    {
        if (value is null)
        {
            return required ? Add(field, "Required.") : this;
        }

        return allowed.Contains(value) ? this : Add(field, $"'{value}' is not one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.");
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request is not valid.");
}
