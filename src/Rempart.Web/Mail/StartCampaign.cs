using Rempart.Data.Mail;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Mail;

/// <summary>Writes a campaign and its recipients, its rich text first cleaned by the allowlist; the sender job does the rest.</summary>
public sealed class StartCampaign(CampaignOutbox outbox)
{
    public Task<(Domain.Mail.Campaign? Campaign, IReadOnlyDictionary<string, string> Errors)> ExecuteAsync(CampaignDraft draft, Actor actor, CancellationToken cancellationToken = default) =>
        outbox.StartAsync(draft, CleanHtml.Execute(draft.Body), actor, cancellationToken);
}
