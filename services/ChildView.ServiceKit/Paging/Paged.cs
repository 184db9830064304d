using ChildView.ServiceKit.Validation;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Paging;

/// <summary>One page of a list, with the total so a client can page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static ValidationErrors ValidatePaging(this ValidationErrors errors, int? page, int? pageSize) => errors
        .When(page is < 1, "page", "Must be 1 or more.")
        .When(pageSize is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");

    /// <summary>Counts and fetches one page; the query must already be ordered by a unique key.</summary>
    public static async Task<Paged<TResult>> ToPagedAsync<T, TResult>(
        this IOrderedQueryable<T> query, int? page, int? pageSize, Func<T, TResult> map, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Paged<TResult>(items.Select(map).ToList(), number, size, total);
    }
}
