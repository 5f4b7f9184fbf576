using Rempart.Domain.Registrations;

namespace Rempart.Domain.Invoicing;

/// <summary>When a registration's basket may be ordered, or ordered again.</summary>
public static class OrderRules
{
    /// <summary>From acceptance until confirmation: before, nothing is sure; after, the order is settled.</summary>
    public static bool MayOrder(RegistrationStage stage) =>
        stage is RegistrationStage.Accepted or RegistrationStage.AwaitingDocuments or RegistrationStage.AwaitingPayment;

    /// <summary>Null when the basket may be ordered now; otherwise why not, in French.</summary>
    /// <param name="stage">The registration's stage.</param>
    /// <param name="currentOrderStarted">The current order has a payment (even one under way) or an invoice: it can no longer be replaced.</param>
    public static string? Refuse(RegistrationStage stage, bool currentOrderStarted)
    {
        if (!MayOrder(stage)) return $"L'inscription est « {RegistrationLifecycle.Label(stage)} » : ses choix ne peuvent plus changer.";
        return currentOrderStarted ? "Un paiement a déjà été fait ou engagé sur cette commande : adressez-vous à l'association pour la modifier." : null;
    }
}
