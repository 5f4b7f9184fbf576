using Radzen;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;
using Rempart.Web.Ui.Grids;

namespace Rempart.Tests.Exports;

/// <summary>A grid's filters and sort survive the trip through an export link; anything else is dropped.</summary>
public sealed class GridQueryTests
{
    [Fact]
    public void FiltersAndSort_GoThroughTheQueryString_AndComeBackTyped()
    {
        var args = new LoadDataArgs
        {
            Filters = [new FilterDescriptor { Property = "Commune", FilterValue = "Tré", FilterOperator = FilterOperator.StartsWith },
                       new FilterDescriptor { Property = "Status", FilterValue = SessionStatus.Published, FilterOperator = FilterOperator.Equals }],
            Sorts = [new SortDescriptor { Property = "StartDate", SortOrder = SortOrder.Descending }],
        };
        var query = GridQuery.Of("été", args);
        Assert.Equal("été", query["q"]);
        Assert.Equal("StartDate desc", query["tri"]);

        var back = GridQuery.ArgsOf<SessionRow>(query);
        Assert.Collection(back.Filters!.OrderBy(f => f.Property),
            f => { Assert.Equal("Commune", f.Property); Assert.Equal("Tré", f.FilterValue); Assert.Equal(FilterOperator.StartsWith, f.FilterOperator); },
            f => { Assert.Equal("Status", f.Property); Assert.Equal(SessionStatus.Published, f.FilterValue); });
        var sort = Assert.Single(back.Sorts!);
        Assert.Equal(("StartDate", SortOrder.Descending), (sort.Property, sort.SortOrder));
    }

    [Fact]
    public void UnknownProperties_Operators_AndValues_AreDropped()
    {
        var back = GridQuery.ArgsOf<SessionRow>(new Dictionary<string, string?>
        {
            ["f.Password"] = "Equals:x",
            ["f.Commune"] = "Execute:x",
            ["f.Status"] = "Equals:DropTable",
            ["f.Capacity"] = "GreaterThan:many",
            ["f.Worksite"] = "no operator",
            ["tri"] = "Secret desc, Capacity asc",
        });
        Assert.Empty(back.Filters!);
        Assert.Equal("Capacity", Assert.Single(back.Sorts!).Property);
    }
}
