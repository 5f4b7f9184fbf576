using System.Globalization;
using System.Reflection;
using Radzen;

namespace Rempart.Web.Ui.Grids;

/// <summary>
/// A grid's search, column filters and sort as query-string keys, so that an export link carries
/// what the grid shows now: <c>q</c> the search, <c>tri</c> "Property asc|desc,...", and one
/// <c>f.Property</c> = "Operator:value" per column filter. Read back against the row type: unknown
/// properties, operators or values are dropped, never turned into a query.
/// </summary>
public static class GridQuery
{
    public const string SearchKey = "q";
    public const string SortKey = "tri";
    private const string FilterPrefix = "f.";

    public static IReadOnlyDictionary<string, string?> Of(string? search, LoadDataArgs? args)
    {
        var query = new Dictionary<string, string?> { [SearchKey] = search };
        if (args is null) return query;
        foreach (var filter in args.Filters ?? [])
            if (filter.Property is { Length: > 0 } property && Text(filter.FilterValue) is { } value)
                query[FilterPrefix + property] = $"{filter.FilterOperator}:{value}";
        var sorts = (args.Sorts ?? []).Where(s => s.SortOrder is not null && !string.IsNullOrEmpty(s.Property))
            .Select(s => $"{s.Property} {(s.SortOrder == SortOrder.Descending ? "desc" : "asc")}").ToList();
        if (sorts.Count > 0) query[SortKey] = string.Join(',', sorts);
        return query;
    }

    /// <summary>The filters and sort of <see cref="Of"/> as grid arguments for rows of type <typeparamref name="T"/>.</summary>
    public static LoadDataArgs ArgsOf<T>(IReadOnlyDictionary<string, string?> query)
    {
        var filters = new List<FilterDescriptor>();
        foreach (var (key, raw) in query)
        {
            if (!key.StartsWith(FilterPrefix, StringComparison.Ordinal) || raw is null) continue;
            var property = PropertyOf<T>(key[FilterPrefix.Length..]);
            var colon = raw.IndexOf(':');
            if (property is null || colon < 0 || !Enum.TryParse<FilterOperator>(raw[..colon], out var op) || !Enum.IsDefined(op)) continue;
            if (op is FilterOperator.Custom or FilterOperator.In or FilterOperator.NotIn) continue;
            if (Value(raw[(colon + 1)..], property.PropertyType) is not { } value) continue;
            filters.Add(new FilterDescriptor { Property = property.Name, FilterValue = value, FilterOperator = op });
        }
        var sorts = new List<SortDescriptor>();
        foreach (var part in (query.GetValueOrDefault(SortKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (PropertyOf<T>(words[0]) is { } property)
                sorts.Add(new SortDescriptor { Property = property.Name, SortOrder = words.Length > 1 && words[1] == "desc" ? SortOrder.Descending : SortOrder.Ascending });
        }
        return new LoadDataArgs { Filters = filters, Sorts = sorts };
    }

    private static PropertyInfo? PropertyOf<T>(string name) => typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        Enum or bool or int or long => value.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static object? Value(string text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string)) return text;
        if (target.IsEnum) return Enum.TryParse(target, text, out var member) && Enum.IsDefined(target, member!) ? member : null;
        if (target == typeof(bool)) return bool.TryParse(text, out var flag) ? flag : null;
        if (target == typeof(int)) return int.TryParse(text, CultureInfo.InvariantCulture, out var number) ? number : null;
        if (target == typeof(DateOnly)) return DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) ? day : null;
        return null;
    }
}
