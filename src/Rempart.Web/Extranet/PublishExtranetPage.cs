using Rempart.Data.Extranet;
using Rempart.Domain.Accounts;
using Rempart.Domain.Extranet;
using Rempart.Web.Mail;

namespace Rempart.Web.Extranet;

/// <summary>
/// Saves an extranet page from its editor: the rich text goes through the mails' allowlist
/// (<see cref="CleanHtml"/>) first, so that no script, event handler or foreign frame is ever stored,
/// whatever was typed or pasted. Links and pictures within Rempart (a document of the docuthèque,
/// its preview) stay.
/// </summary>
public sealed class PublishExtranetPage(ExtranetPages pages)
{
    public Task<(ExtranetPage? Page, IReadOnlyDictionary<string, string> Errors)> ExecuteAsync(PageDraft draft, string html, Actor actor, CancellationToken cancellationToken = default) =>
        pages.SaveAsync(draft with { CleanBody = CleanHtml.Execute(html, sameSiteLinks: true) }, actor, cancellationToken);
}
