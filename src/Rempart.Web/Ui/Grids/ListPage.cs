namespace Rempart.Web.Ui.Grids;

/// <summary>
/// Where a list rendered on the server stands: the page asked for in the address (1 for the first),
/// the rows per page and the rows in all. A page asked for beyond the last shows the last: an old
/// link, or a list that shrank since, still shows rows.
/// </summary>
public readonly record struct ListPage(int Number, int Size, int Total)
{
    /// <summary>The number of pages; 1 when the list is empty, so "page 1 of 1" stays true.</summary>
    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Count;

    /// <summary>The page asked for (anything below 1 is the first), in a list of <paramref name="total"/> rows.</summary>
    public static ListPage Of(int? asked, int size, int total)
    {
        var page = new ListPage(1, size, total);
        return page with { Number = Math.Clamp(asked ?? 1, 1, page.Count) };
    }

    /// <summary>Up to <paramref name="shown"/> page numbers around this one, as a pager shows them.</summary>
    public IEnumerable<int> Around(int shown = 5)
    {
        var first = Math.Max(1, Math.Min(Number - shown / 2, Count - shown + 1));
        return Enumerable.Range(first, Math.Min(shown, Count - first + 1));
    }
}
