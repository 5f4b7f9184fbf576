namespace Rempart.Domain.Mail;

/// <summary>
/// The union's own text for one kind of e-mail, replacing the French default shipped with Rempart
/// (<see cref="MailTemplateCatalogue"/>). Subject and body are Handlebars over the kind's tokens;
/// the body is HTML already cleaned by the allowlist when saved.
/// </summary>
public sealed class MailTemplate
{
    public string Key { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }
}
