using ChildView.Contracts.IntegrationEvents;
using ChildView.ServiceKit.Children;
using ChildView.ServiceKit.Paging;
using ChildView.ServiceKit.Records;
using ChildView.ServiceKit.Validation;

namespace ChildView.SocialCare.Records;

/// <summary>The filters every social care list takes: who the child is, the record's state, and the page.</summary>
public interface IRecordListQuery : IChildFilter
{
    /// <summary><c>open</c> or <c>closed</c>; deleted records are never listed.</summary>
    string? State { get; }

    int? Page { get; }

    int? PageSize { get; }
}

public static class RecordQueries
{
    public static ValidationErrors ValidateListQuery(this ValidationErrors errors, IRecordListQuery query) => errors
        .ValidatePaging(query.Page, query.PageSize)
        .When(query.State is not null && ParseState(query.State) is null, "state", "Must be 'open' or 'closed'.");

    public static ValidationErrors ValidateRange(this ValidationErrors errors, DateOnly? from, DateOnly? to) =>
        errors.When(from is { } f && to is { } t && t < f, "to", "Must not be before 'from'.");

    public static RecordState? ParseState(string? state) => state?.Trim().ToLowerInvariant() switch
    {
        "open" => RecordState.Open,
        "closed" => RecordState.Closed,
        _ => null,
    };

    public static IQueryable<TRecord> ApplyCommon<TRecord>(IQueryable<TRecord> records, IRecordListQuery query)
        where TRecord : ChildRecord
    {
        records = records.WhereChild(query);
        if (ParseState(query.State) is { } state)
        {
            records = records.Where(r => r.State == state);
        }

        return records;
    }
}
