using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Radzen;

namespace Rempart.Web.Ui.Grids;

public sealed record GridPage<T>(IReadOnlyList<T> Items, int Count);

/// <summary>
/// Applies a Radzen grid's paging, sorting and column filters to a database query, so that only one
/// page of rows ever leaves the database. Filters use Radzen's descriptor overload (no dynamic LINQ
/// strings); sorts are built from the row type's own properties, unknown names are ignored.
/// </summary>
public static class GridLoader
{
    public const int DefaultPageSize = 25;

    public static async Task<GridPage<T>> LoadAsync<T>(
        IQueryable<T> query, LoadDataArgs args, Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder, CancellationToken cancellationToken = default)
    {
        query = Filter(query, args);
        var count = await query.CountAsync(cancellationToken);
        var items = await Order(query, args, defaultOrder).Skip(args.Skip ?? 0).Take(args.Top ?? DefaultPageSize).ToListAsync(cancellationToken);
        return new GridPage<T>(items, count);
    }

    /// <summary>The grid's column filters applied to a query (case-insensitive, all of them).</summary>
    public static IQueryable<T> Filter<T>(IQueryable<T> query, LoadDataArgs args) =>
        args.Filters?.Any() == true ? query.Where(args.Filters, LogicalFilterOperator.And, FilterCaseSensitivity.CaseInsensitive) : query;

    /// <summary>The grid's sort, or the list's own order when it has none.</summary>
    public static IOrderedQueryable<T> Order<T>(IQueryable<T> query, LoadDataArgs args, Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder) =>
        Sort(query, args.Sorts) ?? defaultOrder(query);

    private static IOrderedQueryable<T>? Sort<T>(IQueryable<T> query, IEnumerable<SortDescriptor>? sorts)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var sort in sorts ?? [])
        {
            var property = typeof(T).GetProperty(sort.Property ?? "", BindingFlags.Public | BindingFlags.Instance);
            if (property is null || sort.SortOrder is null) continue;
            var parameter = Expression.Parameter(typeof(T), "row");
            var selector = Expression.Lambda(Expression.Property(parameter, property), parameter);
            var descending = sort.SortOrder == SortOrder.Descending;
            var method = (ordered, descending) switch
            {
                (null, false) => nameof(Queryable.OrderBy),
                (null, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                (_, true) => nameof(Queryable.ThenByDescending),
            };
            ordered = (IOrderedQueryable<T>)typeof(Queryable).GetMethods()
                .Single(m => m.Name == method && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(T), property.PropertyType)
                .Invoke(null, [ordered ?? query, selector])!;
        }
        return ordered;
    }
}
