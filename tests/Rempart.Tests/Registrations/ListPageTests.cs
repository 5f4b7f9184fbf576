using Rempart.Web.Ui.Grids;

namespace Rempart.Tests.Registrations;

public sealed class ListPageTests
{
    [Theory]
    [InlineData(null, 60, 1, 3, 0)]
    [InlineData(2, 60, 2, 3, 25)]
    [InlineData(9, 60, 3, 3, 50)] // an old link past the last page: the last
    [InlineData(0, 60, 1, 3, 0)]
    [InlineData(-4, 60, 1, 3, 0)]
    [InlineData(3, 0, 1, 1, 0)] // an empty list is one empty page
    [InlineData(2, 50, 2, 2, 25)]
    public void APageAskedFor_IsKeptWithinTheList(int? asked, int total, int number, int count, int skip)
    {
        var page = ListPage.Of(asked, 25, total);
        Assert.Equal((number, count, skip), (page.Number, page.Count, page.Skip));
        Assert.Equal((number > 1, number < count), (page.HasPrevious, page.HasNext));
    }

    [Theory]
    [InlineData(1, 10, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(6, 10, new[] { 4, 5, 6, 7, 8 })]
    [InlineData(10, 10, new[] { 6, 7, 8, 9, 10 })]
    [InlineData(2, 3, new[] { 1, 2, 3 })]
    public void ThePager_ShowsFivePagesAroundThisOne_WithinTheList(int number, int pages, int[] shown) =>
        Assert.Equal(shown, ListPage.Of(number, 10, pages * 10).Around());
}
