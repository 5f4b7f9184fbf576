namespace Rempart.Domain.Pricing;

/// <summary>
/// Amounts are decimal euros, rounded once, here: to the cent, halves away from zero (the rule
/// French invoices follow). Every price, total and share goes through <see cref="Round"/>.
/// </summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static string Format(decimal amount) => Round(amount).ToString("#,##0.00 €", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
