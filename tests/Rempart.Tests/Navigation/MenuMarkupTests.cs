using Rempart.Domain.Navigation;
using Rempart.Web.Navigation;

namespace Rempart.Tests.Navigation;

/// <summary>The menu's shared markup: the entry of the page marked, its text encoded, one string for every circuit in the same state.</summary>
public sealed class MenuMarkupTests
{
    private static readonly Space Desk = new("essai", "Essai", "/essai", "home",
        [new MenuItem("Liste", "/essai/liste", "list"), new MenuItem("Messages", "/essai/messages", "mail", ShowsUnreadMessages: true)]);

    private static string Label(string key, MenuItem? item) => item is { ShowsUnreadMessages: true } ? $"{key} <3 non lus>" : key;

    [Fact]
    public void ThePageEntryIsCurrent_ItsSpaceActive_AndTheTextEncoded()
    {
        var html = MenuMarkup.For([Desk], "essai/liste/42", Label, unread: 3);

        Assert.Contains("""<a href="/essai/liste" class="rz-navigation-item-link rz-navigation-item-link-active active">""", html);
        Assert.Contains("""<a href="/essai" class="rz-navigation-item-link rz-navigation-item-link-active active">""", html);
        Assert.Contains("""<a href="/essai/messages" class="rz-navigation-item-link">""", html);
        Assert.DoesNotContain("aria-current", html);
        Assert.Contains("Messages &lt;3 non lus&gt;", html);
        Assert.DoesNotContain("<3", html);

        var onList = MenuMarkup.For([Desk], "essai/liste", Label, unread: 3);
        Assert.Contains("""<a href="/essai/liste" class="rz-navigation-item-link rz-navigation-item-link-active active" aria-current="page">""", onList);
    }

    [Fact]
    public void TheSameStateGivesTheSameString_AnotherStateAnother()
    {
        var first = MenuMarkup.For([Desk], "essai/liste/1", Label, unread: 0);
        // Another registration's page: the same entries active, so the very same text, shared.
        Assert.Same(first, MenuMarkup.For([Desk], "essai/liste/2", Label, unread: 0));
        Assert.NotSame(first, MenuMarkup.For([Desk], "essai/liste/2", Label, unread: 1));
        Assert.NotEqual(first, MenuMarkup.For([Desk], "essai/messages", Label, unread: 0));
    }
}
