using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>The allowlist that cleans rich text from the editor before it is stored or sent.</summary>
public sealed class CleanHtmlTests
{
    [Theory]
    [InlineData("<p>Bonjour<script>alert(1)</script></p>", "<p>Bonjour</p>")]
    [InlineData("<p onclick=\"alert(1)\" class=\"x\">Texte</p>", "<p>Texte</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">lien</a>", "<a>lien</a>")]
    [InlineData("<a href=\" JAVASCRIPT:alert(1)\">lien</a>", "<a>lien</a>")]
    [InlineData("<a href=\"https://rempart.com\" target=\"_blank\">site</a>", "<a href=\"https://rempart.com\" rel=\"noopener noreferrer\">site</a>")]
    [InlineData("<a href=\"{{lien_inscription}}\">voir</a>", "<a href=\"{{lien_inscription}}\" rel=\"noopener noreferrer\">voir</a>")]
    [InlineData("<img src=\"x\" onerror=\"alert(1)\">", "<img>")]
    [InlineData("<svg><script>alert(1)</script></svg><p>reste</p>", "<p>reste</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>ok</p>", "<p>ok</p>")]
    [InlineData("<marquee><b>gras</b></marquee>", "<b>gras</b>")]
    [InlineData("<p style=\"color: red; background-image: url(javascript:alert(1)); text-align: center\">x</p>", "<p style=\"color: red; text-align: center\">x</p>")]
    [InlineData("<p style=\"width: expression(alert(1))\">x</p>", "<p>x</p>")]
    [InlineData("<!-- commentaire --><p>{{#if inscription.motif}}Motif{{/if}}</p>", "<p>{{#if inscription.motif}}Motif{{/if}}</p>")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"mot-de-passe\"></form><p>fin</p>", "<p>fin</p>")]
    public void OnlyTheAllowlistRemains(string html, string expected) => Assert.Equal(expected, CleanHtml.Execute(html));

    [Fact]
    public void InlinePicturesAndWebPicturesStay_OtherSourcesGo()
    {
        Assert.Equal("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\">", CleanHtml.Execute("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\">"));
        Assert.Equal("<img>", CleanHtml.Execute("<img src=\"data:text/html;base64,PHNjcmlwdD4=\">"));
        Assert.Equal("<img src=\"https://rempart.com/logo.png\">", CleanHtml.Execute("<img src=\"https://rempart.com/logo.png\">"));
        Assert.Equal("", CleanHtml.Execute(null));
    }
}
