using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Rempart.Tests.Infrastructure;

/// <summary>Every browser test calls this on each page it visits: zero WCAG 2.1 A/AA violations.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        };
        // While a circuit takes over a prerendered page, Blazor swaps the head's content (HeadOutlet):
        // for a moment there is no <title>. Check the page as it settles, not that moment.
        await page.Locator("head > title").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var result = await page.RunAxe(options);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html)));
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
