using Rempart.Data.Mail;
using Rempart.Domain.Accounts;
using Rempart.Domain.Mail;

namespace Rempart.Web.Mail;

/// <summary>
/// Saves the union's text for one kind of e-mail: checked against the kind's tokens (an unknown
/// token is refused with its name), compiled once to catch a malformed block, and its HTML cleaned
/// by the allowlist before it is stored. Errors are keyed by field ("Subject", "Body").
/// </summary>
public sealed class SaveMailTemplate(MailTemplates templates)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(string key, string? subject, string? body, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.MailTemplates)) return new Dictionary<string, string> { [""] = "Vous ne pouvez pas modifier les modèles d'e-mails." };
        if (MailTemplateCatalogue.Find(key) is not { } definition) return new Dictionary<string, string> { [""] = "Ce modèle n'existe pas." };
        var clean = CleanHtml.Execute(body);
        var errors = MailTemplateRules.Validate(definition, subject, clean);
        if (!errors.ContainsKey("Subject") && RenderTemplate.Problem(subject!) is { } subjectProblem) errors["Subject"] = subjectProblem;
        if (!errors.ContainsKey("Body") && RenderTemplate.Problem(clean) is { } bodyProblem) errors["Body"] = bodyProblem;
        if (errors.Count > 0) return errors;
        if (await templates.SaveAsync(key, subject!, clean, actor, cancellationToken) is { } refusal) errors[""] = refusal;
        return errors;
    }
}
