using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Validation;

namespace ChildView.ServiceKit.Records;

/// <summary>
/// The filters every list of child records takes (bound from the query string): who the child is, the
/// record's state and the page. A feature with its own filters derives from it, adds them as properties
/// and, when they need checking, extends <see cref="Validate"/>.
/// </summary>
public class RecordListQuery : IChildFilter
{
    public string? LocalId { get; set; }

    public string? Upn { get; set; }

    public string? NhsNumber { get; set; }

    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    /// <summary><c>open</c> or <c>closed</c>, in any case; deleted records are never listed.</summary>
    public string? State { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    public virtual ValidationErrors Validate() => new ValidationErrors()
        .ValidatePaging(Page, PageSize)
        .When(!string.IsNullOrWhiteSpace(State) && ParseState(State) is null, "state", "Must be 'open' or 'closed'.");

    /// <summary>A feature's date range: its end may equal but not precede its start.</summary>
    protected static ValidationErrors InOrder(ValidationErrors errors, string fromName, DateOnly? from, string toName, DateOnly? to) =>
        errors.When(from is { } f && to is { } t && t < f, toName, $"Must not be before {fromName}.");

    /// <summary>The child and state filters; the feature's own follow.</summary>
    public IQueryable<TRecord> Apply<TRecord>(IQueryable<TRecord> records)
        where TRecord : ChildRecord
    {
        records = records.WhereChild(this);
        return ParseState(State) is { } state ? records.Where(r => r.State == state) : records;
    }

    public static RecordState? ParseState(string? state) => state?.Trim().ToLowerInvariant() switch
    {
        "open" => RecordState.Open,
        "closed" => RecordState.Closed,
        _ => null,
    };
}
