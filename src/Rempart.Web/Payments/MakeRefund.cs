using Rempart.Data.Payments;
using Rempart.Domain.Accounts;
using Rempart.Domain.Payments;
using Rempart.Web.Payments.Mollie;
using Rempart.Web.Registrations;

namespace Rempart.Web.Payments;

/// <summary>
/// Gives back all or part of a payment (<see cref="RefundPayment"/>): an online one through Mollie
/// (the refund's own id as <c>Idempotency-Key</c>, so a retried call never refunds twice), then tells
/// the volunteer's side. A refund Mollie refuses is closed as failed and nothing is credited.
/// </summary>
public sealed class MakeRefund(RefundPayment refund, ApplyRefundStatus apply, MollieClient mollie, RegistrationMails mails, ILogger<MakeRefund> logger)
{
    public async Task<RefundRequested> ExecuteAsync(Guid paymentId, decimal amount, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var requested = await refund.ExecuteAsync(paymentId, amount, reason, actor, cancellationToken);
        if (requested is not { Refund: { } made, Payment: { } payment }) return requested;
        if (payment.Method == PaymentMethod.Online && made.Status == RefundStatus.Pending)
        {
            try
            {
                var answer = await mollie.CreateRefundAsync(payment.ProviderId!, new MollieRefundRequest(MollieAmount.Euros(made.Amount), made.Reason), made.Id.ToString(), cancellationToken);
                await apply.AttachAsync(made.Id, answer.Id, cancellationToken);
                if (RefundRules.FromMollie(answer.Status) is { } status && status != RefundStatus.Pending)
                    requested = requested with { Refund = (await apply.ExecuteAsync(made.Id, status, cancellationToken)).Refund ?? made };
            }
            catch (MollieException exception)
            {
                logger.LogWarning("Refund {RefundId} refused by Mollie: {Detail}", made.Id, exception.Detail);
                await apply.ExecuteAsync(made.Id, RefundStatus.Failed, cancellationToken);
                return requested with { Refund = null, Errors = new Dictionary<string, string> { [""] = exception.Message } };
            }
        }
        await mails.SendRefundAsync(requested.RegistrationId, made.Amount, made.Status == RefundStatus.Refunded, cancellationToken);
        return requested;
    }
}
