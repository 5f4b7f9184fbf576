using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Rempart.Data.Places;
using Rempart.Web.Mail;

namespace Rempart.Web.Places;

/// <summary>Tells each person offered a place from a waiting list, with their one-person link to accept or decline.</summary>
public sealed class MailWaitingListOffers(SendMail sendMail, IOptions<MailOptions> options, ILogger<MailWaitingListOffers> logger)
{
    public const string OfferPath = "/compte/offre-de-place";

    public async Task ExecuteAsync(IReadOnlyList<PlaceOffer> offers, CancellationToken cancellationToken = default)
    {
        foreach (var offer in offers)
        {
            var link = QueryHelpers.AddQueryString($"{options.Value.PublicBaseUrl.TrimEnd('/')}{OfferPath}/{offer.EntryId}", "code", offer.Token);
            var e = HtmlEncoder.Default;
            // One undeliverable address must not keep the others from their offer; the place stays
            // kept for its person until the offer runs out, then goes to the next.
            try
            {
                await sendMail.ExecuteAsync(offer.Email, "Une place s'est libérée pour vous",
                $"<p>Bonjour,</p><p>Une place s'est libérée pour {e.Encode(offer.VolunteerName)} : <strong>{e.Encode(offer.Worksite)}</strong>, " +
                $"à partir du {offer.Start:dd/MM/yyyy}. Elle vous est réservée jusqu'au {offer.ExpiresAt.ToLocalTime():dd/MM/yyyy à HH:mm}.</p>" +
                $"<p><a href=\"{e.Encode(link)}\">Accepter ou refuser cette place</a></p>" +
                "<p>Sans réponse d'ici là, elle sera proposée à la personne suivante de la liste d'attente.</p>", cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The waiting-list offer {EntryId} could not be mailed", offer.EntryId);
            }
        }
    }
}
