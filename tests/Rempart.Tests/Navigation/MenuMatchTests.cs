using Rempart.Domain.Navigation;

namespace Rempart.Tests.Navigation;

public sealed class MenuMatchTests
{
    [Theory]
    [InlineData("/gestion", "gestion", true, true)]
    [InlineData("/gestion", "gestion/inscriptions/42?q=x", true, false)]
    [InlineData("/gestion/inscriptions", "Gestion/Inscriptions/", true, true)]
    [InlineData("/gestion/inscriptions", "gestion/inscriptions#liste", true, true)]
    [InlineData("/gestion/sessions", "gestion/sessions-archivees", false, false)]
    [InlineData("/gestion/calendrier", "extranet/calendrier", false, false)]
    [InlineData("/", "gestion", false, false)]
    [InlineData("/", "", true, true)]
    public void AnEntry_LightsUpOnItsPageAndUnderIt_AndIsCurrentOnItsOwnPageOnly(string href, string path, bool active, bool current)
    {
        Assert.Equal((active, current), MenuMatch.Of(href, path));
    }
}
