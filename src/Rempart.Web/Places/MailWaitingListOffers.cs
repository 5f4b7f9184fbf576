using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Rempart.Data.Places;
using Rempart.Domain.Mail;
using Rempart.Web.Mail;

namespace Rempart.Web.Places;

/// <summary>Tells each person offered a place from a waiting list, with their one-person link to accept or decline.</summary>
public sealed class MailWaitingListOffers(ComposeMail compose, SendMail sendMail, IOptions<MailOptions> options, ILogger<MailWaitingListOffers> logger)
{
    public const string OfferPath = "/compte/offre-de-place";

    public async Task ExecuteAsync(IReadOnlyList<PlaceOffer> offers, CancellationToken cancellationToken = default)
    {
        foreach (var offer in offers)
        {
            var link = QueryHelpers.AddQueryString($"{options.Value.PublicBaseUrl.TrimEnd('/')}{OfferPath}/{offer.EntryId}", "code", offer.Token);
            // One undeliverable address must not keep the others from their offer; the place stays
            // kept for its person until the offer runs out, then goes to the next.
            try
            {
                var mail = await compose.ExecuteAsync(MailTemplateCatalogue.PlaceOffer, new Dictionary<string, string?>
                {
                    [MailTokens.FullName.Name] = offer.VolunteerName, [MailTokens.Worksite.Name] = offer.Worksite,
                    [MailTokens.Start.Name] = offer.Start.ToString("dd/MM/yyyy"),
                    ["offre.expiration"] = offer.ExpiresAt.ToLocalTime().ToString("dd/MM/yyyy à HH:mm"), ["offre.lien"] = link,
                }, cancellationToken);
                await sendMail.ExecuteAsync(offer.Email, mail.Subject, mail.Html, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The waiting-list offer {EntryId} could not be mailed", offer.EntryId);
            }
        }
    }
}
