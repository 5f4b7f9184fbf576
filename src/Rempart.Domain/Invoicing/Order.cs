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

    /// <summary>An order from a checked selection of a basket: one line per item, the total rounded once.</summary>
    public static Order From(Guid registrationId, IReadOnlyList<BasketItem> items, DateTime at)
    {
        var order = new Order { RegistrationId = registrationId, CreatedAt = at };
        order.Lines = items.Select((item, i) => new OrderLine
        {
            OrderId = order.Id, Position = i, ProductId = item.Line.Product.Id, Kind = item.Line.Product.Kind,
            Label = item.Line.Product.Name, Why = item.Line.Why, Amount = Money.Round(item.Amount),
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
}
