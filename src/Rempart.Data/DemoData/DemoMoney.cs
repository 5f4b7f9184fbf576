using Rempart.Domain.Invoicing;
using Rempart.Domain.Payments;
using Rempart.Domain.Places;
using Rempart.Domain.Pricing;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.DemoData;

/// <summary>The demo's money: what the demo's confirmed volunteers ordered, paid, were invoiced and refunded.</summary>
internal sealed record DemoLedger(List<Order> Orders, List<Payment> Payments, List<Invoice> Invoices, List<Refund> Refunds, List<InvoiceCounter> Counters);

/// <summary>
/// Money for the accounting space to show: each confirmed registration whose payment would be in
/// the past has an order (membership, stay, sometimes insurance and a donation), paid by one or two
/// payers through the usual methods, an invoice once paid and a tax receipt for a donation; one
/// order in twenty-five is partly refunded with its credit note. Numbers follow each other without
/// gaps per kind and year, and the counters are left where the next real document will continue.
/// </summary>
internal static class DemoMoney
{
    private static readonly PaymentMethod[] Methods =
    [
        PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Cheque,
        PaymentMethod.Cheque, PaymentMethod.BankTransfer, PaymentMethod.BankTransfer, PaymentMethod.HolidayVouchers, PaymentMethod.Cash,
    ];

    public static DemoLedger Build(List<Registration> registrations, List<Session> sessions, List<Volunteer> volunteers, DateTime now, Random random)
    {
        var sessionOf = sessions.ToDictionary(s => s.Id);
        var volunteerOf = volunteers.ToDictionary(v => v.Id);
        var ledger = new DemoLedger([], [], [], [], []);
        var sequences = new Dictionary<(InvoiceKind, int), int>();
        Invoice Issue(Guid orderId, InvoiceKind kind, DateTime at, decimal total, Guid? credits = null)
        {
            var year = ParisTime.Of(at).Year;
            var sequence = sequences[(kind, year)] = sequences.GetValueOrDefault((kind, year)) + 1;
            var invoice = new Invoice
            {
                OrderId = orderId, Kind = kind, Year = year, Sequence = sequence, Number = InvoiceNumbers.Format(kind, year, sequence),
                IssuedAt = at, Total = total, CreditsInvoiceId = credits,
            };
            ledger.Invoices.Add(invoice);
            return invoice;
        }

        // Numbers are given in the order documents were issued, as the real numbering would.
        var paid = new List<(Registration Registration, DateTime OrderedAt, DateTime PaidAt)>();
        var refunds = new List<(Refund Refund, Invoice Invoice)>();
        foreach (var registration in registrations.Where(r => r.Stage == RegistrationStage.Confirmed))
        {
            var orderedAt = registration.CreatedAt.AddDays(2).AddHours(random.Next(8, 20));
            var paidAt = orderedAt.AddDays(random.Next(1, 12)).AddMinutes(random.Next(0, 600));
            if (paidAt < now) paid.Add((registration, orderedAt, paidAt));
        }
        foreach (var (registration, orderedAt, paidAt) in paid.OrderBy(p => p.PaidAt))
        {
            var session = sessionOf[registration.SessionId];
            var volunteer = volunteerOf[registration.VolunteerId];
            var name = $"{volunteer.FirstName} {volunteer.LastName}";
            var order = new Order { RegistrationId = registration.Id, CreatedAt = orderedAt, BilledTo = name };
            void Line(ProductKind kind, string label, string why, decimal amount) =>
                order.Lines.Add(new OrderLine { OrderId = order.Id, Position = order.Lines.Count, Kind = kind, Label = label, Why = why, Amount = amount });
            Line(ProductKind.Membership, "Adhésion à l'association", "Adhésion de l'année", 20m);
            var days = session.EndDate.DayNumber - session.StartDate.DayNumber + 1;
            Line(ProductKind.StayFee, "Frais de séjour", $"{days} jours à 9,00 €", 9m * days);
            if (random.Next(3) == 0) Line(ProductKind.Insurance, "Assurance annulation", "Option choisie", 15m);
            if (random.Next(6) == 0) Line(ProductKind.Donation, "Don à l'union", "Don libre", 10m * random.Next(2, 11));
            order.Total = Money.Round(order.Lines.Sum(l => l.Amount));
            ledger.Orders.Add(order);

            var method = Methods[random.Next(Methods.Length)];
            var split = random.Next(10) == 0 ? Money.Round(order.Total * 0.4m) : 0m;
            var payments = new List<Payment>();
            if (split > 0) payments.Add(Paid(order, PaymentMethod.HolidayVouchers, split, "Comité d'entreprise", paidAt.AddDays(-1), random));
            payments.Add(Paid(order, method, order.Total - split, name, paidAt, random));
            ledger.Payments.AddRange(payments);

            var invoice = order.Invoiced > 0 ? Issue(order.Id, InvoiceKind.Invoice, paidAt, order.Invoiced) : null;
            if (order.Donations > 0) Issue(order.Id, InvoiceKind.TaxReceipt, paidAt, order.Donations);
            if (invoice is not null && random.Next(25) == 0)
            {
                var payment = payments[^1];
                var refund = new Refund
                {
                    PaymentId = payment.Id, Amount = Math.Min(payment.Amount, 20m), Status = RefundStatus.Refunded, Reason = "Geste commercial (démo)",
                    ProviderId = payment.Method == PaymentMethod.Online ? $"re_demo{refunds.Count + 1}" : null,
                    CreatedAt = paidAt.AddDays(random.Next(2, 20)),
                };
                refund.RefundedAt = refund.CreatedAt;
                if (refund.RefundedAt < now) refunds.Add((refund, invoice));
            }
        }
        foreach (var (refund, invoice) in refunds.OrderBy(r => r.Refund.RefundedAt))
        {
            refund.CreditNoteId = Issue(invoice.OrderId, InvoiceKind.CreditNote, refund.RefundedAt!.Value, refund.Amount, invoice.Id).Id;
            ledger.Refunds.Add(refund);
        }
        ledger.Counters.AddRange(sequences.Select(s => new InvoiceCounter { Kind = s.Key.Item1, Year = s.Key.Item2, Last = s.Value }));
        return ledger;
    }

    private static Payment Paid(Order order, PaymentMethod method, decimal amount, string payer, DateTime at, Random random) => new()
    {
        OrderId = order.Id, Method = method, Status = PaymentStatus.Paid, Amount = amount, PayerName = payer, CreatedAt = at, PaidAt = at, StatusChangedAt = at,
        ProviderId = method == PaymentMethod.Online ? $"tr_demo{random.Next():x}{order.Id.ToString("N")[..6]}" : null,
        Reference = method switch { PaymentMethod.Cheque => $"Chèque n° {random.Next(1000000, 9999999)}", PaymentMethod.BankTransfer => $"VIR-{random.Next(100000, 999999)}", _ => null },
    };
}
