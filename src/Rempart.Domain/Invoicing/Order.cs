using Rempart.Domain.Pricing;

namespace Rempart.Domain.Invoicing;

/// <summary>
/// What a registration orders: its lines are copied from the basket when it is placed (name, amount,
/// why), so that a later change of the catalogue never changes an order.
/// </summary>
public sealed class Order
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public decimal Total { get; set; }
    public List<OrderLine> Lines { get; set; } = [];

    /// <summary>Who the invoice is made out to, copied when the order is placed.</summary>
    public string BilledTo { get; set; } = "";
    public string? BilledAddress { get; set; }

    /// <summary>Set when the volunteer changed their choices before paying: a new order took its place.</summary>
    public DateTime? ReplacedAt { get; set; }

    /// <summary>What the donation lines add up to: they are receipted (tax receipt), not invoiced.</summary>
    public decimal Donations => Money.Round(Lines.Where(l => l.Kind == ProductKind.Donation).Sum(l => l.Amount));

    /// <summary>What the invoice covers: everything but donations.</summary>
    public decimal Invoiced => Money.Round(Total - Donations);

    /// <summary>An order from a checked selection of a basket: one line per item, the total rounded once.</summary>
    public static Order From(Guid registrationId, IReadOnlyList<BasketItem> items, DateTime at, string billedTo = "", string? billedAddress = null)
    {
        var order = new Order { RegistrationId = registrationId, CreatedAt = at, BilledTo = billedTo, BilledAddress = billedAddress };
        order.Lines = items.Select((item, i) => new OrderLine
        {
            OrderId = order.Id, Position = i, ProductId = item.Line.Product.Id, Kind = item.Line.Product.Kind,
            Label = item.Line.Product.Name, Why = item.Line.Why, Amount = Money.Round(item.Amount), Account = item.Line.Product.Account,
        }).ToList();
        order.Total = Basket.Total(items);
        return order;
    }
}

public sealed class OrderLine
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrderId { get; set; }
    public int Position { get; set; }
    public Guid? ProductId { get; set; }
    public ProductKind Kind { get; set; }
    public string Label { get; set; } = "";
    public string Why { get; set; } = "";
    public decimal Amount { get; set; }

    /// <summary>The product's own revenue account when the order was placed (a later change of the catalogue does not rewrite past sales).</summary>
    public string? Account { get; set; }
}
