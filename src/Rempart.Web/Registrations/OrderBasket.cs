using Rempart.Data.Invoicing;
using Rempart.Domain.Accounts;
using Rempart.Domain.Pricing;

namespace Rempart.Web.Registrations;

/// <summary>Orders a registration's basket (<see cref="PlaceOrder"/>), and announces the step it moved to, if any (an order that costs nothing confirms).</summary>
public sealed class OrderBasket(PlaceOrder place, RegistrationMails mails)
{
    public async Task<PlaceOrderOutcome> ExecuteAsync(Guid registrationId, BasketSelection selection, Actor actor, CancellationToken cancellationToken = default)
    {
        var outcome = await place.ExecuteAsync(registrationId, selection, actor, cancellationToken);
        if (outcome.Advanced is { } move) await mails.SendStageChangeAsync(move, cancellationToken);
        return outcome;
    }
}
