using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Mail;

namespace Rempart.Data.Mail;

/// <summary>A template as it stands: the union's text, or the shipped default when it has none.</summary>
public sealed record CurrentTemplate(MailTemplateDefinition Definition, string Subject, string Body, DateTime? UpdatedAt)
{
    public bool Customised => UpdatedAt is not null;
}

/// <summary>
/// Reads and stores the union's e-mail templates. Saving expects a body already cleaned by the
/// allowlist and checked by <see cref="MailTemplateRules"/>; it is for those holding mail.templates,
/// and each change is written to the security journal.
/// </summary>
public sealed class MailTemplates(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock)
{
    public async Task<CurrentTemplate?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (MailTemplateCatalogue.Find(key) is not { } definition) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.MailTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        return stored is null ? new CurrentTemplate(definition, definition.Subject, definition.Body, null) : new CurrentTemplate(definition, stored.Subject, stored.Body, stored.UpdatedAt);
    }

    public async Task<IReadOnlyList<CurrentTemplate>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.MailTemplates.AsNoTracking().ToDictionaryAsync(t => t.Key, cancellationToken);
        return MailTemplateCatalogue.All.Select(d => stored.TryGetValue(d.Key, out var t)
            ? new CurrentTemplate(d, t.Subject, t.Body, t.UpdatedAt) : new CurrentTemplate(d, d.Subject, d.Body, null)).ToList();
    }

    /// <returns>Null when saved; a refusal otherwise.</returns>
    public async Task<string?> SaveAsync(string key, string subject, string cleanBody, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.MailTemplates)) return "Vous ne pouvez pas modifier les modèles d'e-mails.";
        if (MailTemplateCatalogue.Find(key) is null) return "Ce modèle n'existe pas.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.MailTemplates.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (template is null) db.MailTemplates.Add(template = new MailTemplate { Key = key });
        (template.Subject, template.Body, template.UpdatedAt, template.UpdatedBy) = (subject.Trim(), cleanBody, clock.GetUtcNow().UtcDateTime, actor.UserId);
        db.AuditEntries.Add(Audit(actor, AuditEvent.MailTemplateChanged, key));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Goes back to the shipped default.</summary>
    public async Task<string?> ResetAsync(string key, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.MailTemplates)) return "Vous ne pouvez pas modifier les modèles d'e-mails.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.MailTemplates.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);
        db.AuditEntries.Add(Audit(actor, AuditEvent.MailTemplateReset, key));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private AuditEntry Audit(Actor actor, AuditEvent kind, string key) => ActorAudit.Of(actor, kind, $"Modèle d'e-mail « {key} »", clock.GetUtcNow().UtcDateTime);
}
