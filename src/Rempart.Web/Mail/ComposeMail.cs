using Microsoft.Extensions.Options;
using Rempart.Data.Mail;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>A message ready to send: its subject, its whole HTML, and its body alone (cleaned text and escaped values, for a preview inside a page).</summary>
public sealed record ComposedMail(string Subject, string Html, string Body);

/// <summary>
/// Builds a transactional message from its template as the union last saved it (or the default),
/// with the tokens every message knows (<c>union.nom</c>) added to those given, in the shared layout.
/// </summary>
public sealed class ComposeMail(MailTemplates templates, IOptions<MailOptions> options)
{
    public async Task<ComposedMail> ExecuteAsync(string key, IReadOnlyDictionary<string, string?> tokens, CancellationToken cancellationToken = default)
    {
        var template = await templates.GetAsync(key, cancellationToken) ?? throw new ArgumentException($"Unknown mail template {key}", nameof(key));
        return Render(template.Subject, template.Body, tokens);
    }

    /// <summary>A subject alone, as <see cref="Render"/> would give it (plain text, one line).</summary>
    public string Subject(string subject, IReadOnlyDictionary<string, string?> tokens) =>
        RenderTemplate.Subject(subject, new Dictionary<string, string?>(tokens) { [MailTokens.Union.Name] = options.Value.UnionName });

    /// <summary>A text as it would be sent (the editor's preview and its test, a campaign's message); a campaign gives the unsubscribe link the layout offers.</summary>
    public ComposedMail Render(string subject, string body, IReadOnlyDictionary<string, string?> tokens, string? unsubscribeLink = null)
    {
        var all = new Dictionary<string, string?>(tokens) { [MailTokens.Union.Name] = options.Value.UnionName };
        var rendered = RenderTemplate.Body(body, all);
        return new ComposedMail(RenderTemplate.Subject(subject, all), MailLayout.Wrap(rendered, options.Value.UnionName, unsubscribeLink), rendered);
    }
}
