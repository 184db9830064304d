using ChildView.ServiceKit.Validation;
using Microsoft.EntityFrameworkCore;

namespace ChildView.ServiceKit.Paging;

/// <summary>One page of a list, with the total so a client can page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any list a service holds, and small enough that (page − 1) × size never overflows.</summary>
    public const int MaxPage = 1_000_000;

    public static ValidationErrors ValidatePaging(this ValidationErrors errors, int? page, int? pageSize) => errors
        .When(page is < 1 or > MaxPage, "page", $"Must be between 1 and {MaxPage}.")
        .When(pageSize is < 1 or > MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");

    /// <summary>Counts and fetches one page; the query must already be ordered by a unique key, and paging validated.</summary>
    public static async Task<Paged<TResult>> ToPagedAsync<T, TResult>(
        this IOrderedQueryable<T> query, int? page, int? pageSize, Func<T, TResult> map, CancellationToken cancellationToken)
    {
        var number = Math.Clamp(page ?? 1, 1, MaxPage);
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Paged<TResult>(items.Select(map).ToList(), number, size, total);
    }
}
