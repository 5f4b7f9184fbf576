using System.Text.Encodings.Web;
using Rempart.Data.Registrations;
using Rempart.Domain.Mail;
using Rempart.Domain.Pricing;

namespace Rempart.Web.Mail;

/// <summary>The tokens every registration e-mail knows, from what <see cref="GetRegistrationContacts"/> read.</summary>
public static class RegistrationMailTokens
{
    public const string MyRegistrationsPath = "/benevole/inscriptions";

    public static Dictionary<string, string?> Of(RegistrationContacts about, string publicBaseUrl)
    {
        var site = publicBaseUrl.TrimEnd('/');
        return new Dictionary<string, string?>
        {
            [MailTokens.FirstName.Name] = string.IsNullOrEmpty(about.VolunteerFirstName) ? about.VolunteerName : about.VolunteerFirstName,
            [MailTokens.FullName.Name] = about.VolunteerName,
            [MailTokens.Worksite.Name] = about.Worksite,
            [MailTokens.Site.Name] = about.Site,
            [MailTokens.Dates.Name] = $"du {about.Start:dd/MM/yyyy} au {about.End:dd/MM/yyyy}",
            [MailTokens.Start.Name] = about.Start.ToString("dd/MM/yyyy"),
            [MailTokens.MyRegistrations.Name] = site + MyRegistrationsPath,
            [MailTokens.ThisRegistration.Name] = $"{site}{MyRegistrationsPath}/{about.RegistrationId}",
            ["session.infos_pratiques"] = string.IsNullOrWhiteSpace(about.PracticalInformation) ? ""
                : HtmlEncoder.Default.Encode(about.PracticalInformation.Trim()).ReplaceLineEndings("<br>"),
        };
    }

    /// <summary>What was ordered and paid, as a small table of escaped values (the "recapitulatif" token).</summary>
    public static string Summary(Data.Invoicing.OrderSummary summary)
    {
        static string E(string text) => HtmlEncoder.Default.Encode(text);
        return "<p><strong>Récapitulatif</strong></p><table>" +
            string.Concat(summary.Lines.Select(l => $"<tr><td>{E(l.Label)}</td><td style=\"text-align:right\">{E(Money.Format(l.Amount))}</td></tr>")) +
            $"<tr><th style=\"text-align:left\">Total</th><td style=\"text-align:right\">{E(Money.Format(summary.Total))}</td></tr>" +
            $"<tr><td>Réglé</td><td style=\"text-align:right\">{E(Money.Format(summary.Balance.Paid - summary.Balance.Refunded))}</td></tr></table>";
    }
}
