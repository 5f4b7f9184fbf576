using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/gestion", "/gestion")]
    [InlineData("/gestion?x=1", "/gestion?x=1")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void OrDefault_KeepsOnlyAddressesOnThisSite(string? url, string expected)
    {
        Assert.Equal(expected, LocalUrl.OrDefault(url));
    }
}
