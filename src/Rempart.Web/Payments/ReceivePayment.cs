using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Web.Registrations;

namespace Rempart.Web.Payments;

/// <summary>Records a payment staff received (<see cref="RecordPayment"/>), then tells the volunteer's side: payment received, and confirmed when it was the last.</summary>
public sealed class ReceivePayment(RecordPayment record, RegistrationMails mails)
{
    public async Task<PaymentRecorded> ExecuteAsync(Guid orderId, ManualPayment payment, Actor actor, CancellationToken cancellationToken = default)
    {
        var outcome = await record.ExecuteAsync(orderId, payment, actor, cancellationToken);
        if (outcome.Settlement is not { } settlement) return outcome;
        await mails.SendPaymentReceivedAsync(settlement.RegistrationId, payment.Amount, PaymentMethods.Label(payment.Method), settlement.Balance.Due, cancellationToken);
        if (settlement.Advanced is { } move) await mails.SendStageChangeAsync(move, cancellationToken);
        return outcome;
    }
}
