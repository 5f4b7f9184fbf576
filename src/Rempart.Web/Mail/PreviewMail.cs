using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;
using Rempart.Data.Invoicing;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>
/// A draft template as its reader would get it: over a real registration's values (what the
/// registration does not say, such as a payment's amount, takes the token's sample), or over the
/// samples alone; and the same draft sent to the editor's own address as a test.
/// </summary>
public sealed class PreviewMail(GetRegistrationContacts contacts, GetOrderSummary orders, ComposeMail compose, SendMail sendMail, UserManager<RempartUser> users, IOptions<MailOptions> options)
{
    public async Task<ComposedMail?> ExecuteAsync(MailTemplateDefinition definition, string subject, string body, Guid? registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.MailTemplates)) return null;
        var tokens = definition.Tokens.ToDictionary(t => t.Name, t => (string?)t.Sample);
        if (registrationId is { } id && await contacts.ExecuteAsync(id, cancellationToken) is { } about)
        {
            foreach (var (name, value) in RegistrationMailTokens.Of(about, options.Value.PublicBaseUrl))
                if (tokens.ContainsKey(name)) tokens[name] = value;
            if (tokens.ContainsKey("recapitulatif") && await orders.ExecuteAsync(id, cancellationToken) is { } summary)
                tokens["recapitulatif"] = RegistrationMailTokens.Summary(summary);
        }
        return compose.Render(subject, CleanHtml.Execute(body), tokens);
    }

    /// <returns>The address the test went to, or a refusal.</returns>
    public async Task<(string? SentTo, string? Refusal)> SendTestAsync(MailTemplateDefinition definition, string subject, string body, Guid? registrationId, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = MailTemplateRules.Validate(definition, subject, CleanHtml.Execute(body));
        if (errors.Count > 0) return (null, string.Join(" ", errors.Values));
        var mail = await ExecuteAsync(definition, subject, body, registrationId, actor, cancellationToken);
        return mail is null ? (null, "Vous ne pouvez pas envoyer de message de test.") : await SendToSelfAsync(mail, actor, cancellationToken);
    }

    /// <summary>A message already composed (a template's draft, a campaign's), sent as a test to the asker's own address.</summary>
    public async Task<(string? SentTo, string? Refusal)> SendToSelfAsync(ComposedMail mail, Actor actor, CancellationToken cancellationToken = default)
    {
        var email = (await users.FindByIdAsync(actor.UserId.ToString()))?.Email;
        if (email is null) return (null, "Vous ne pouvez pas envoyer de message de test.");
        await sendMail.ExecuteAsync(email, "[Test] " + mail.Subject, mail.Html, cancellationToken);
        return (email, null);
    }
}
