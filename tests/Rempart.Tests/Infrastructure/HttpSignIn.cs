using System.Net;
using System.Text.RegularExpressions;

namespace Rempart.Tests.Infrastructure;

/// <summary>Signs an HTTP client in through the sign-in form, as a browser without script would.</summary>
internal static partial class HttpSignIn
{
    public static async Task SignInAsync(HttpClient client, string email, string password = BrowserFixture.Password)
    {
        var page = await client.GetStringAsync("/compte/connexion");
        var form = page[..page.IndexOf("</form>", StringComparison.Ordinal)]; // the password form comes first
        var fields = HiddenInput().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/compte/") == true)
            throw new InvalidOperationException($"Sign-in of {email} failed: {response.StatusCode} {response.Headers.Location}");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
