using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.Organisations;

namespace Rempart.Data.Organisations;

/// <summary>Creates or changes an organisation (the union, a member association, a partner).</summary>
public sealed class SaveOrganisation(IDbContextFactory<RempartDbContext> contexts, WriteAudit audit)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(Organisation organisation, bool isNew, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage))
            return new Dictionary<string, string> { [""] = "Vous n'avez pas le droit de gérer les organisations." };
        var errors = OrganisationRules.Validate(organisation);
        if (errors.Count > 0) return errors;
        organisation.Name = organisation.Name.Trim();
        organisation.Email = string.IsNullOrWhiteSpace(organisation.Email) ? null : organisation.Email.Trim();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lowered = organisation.Name.ToLower();
        if (await db.Organisations.AnyAsync(o => o.Name.ToLower() == lowered && o.Id != organisation.Id, cancellationToken))
            return new Dictionary<string, string> { [nameof(Organisation.Name)] = "Une organisation porte déjà ce nom." };
        if (isNew) db.Organisations.Add(organisation);
        else if (!await db.Organisations.AnyAsync(o => o.Id == organisation.Id, cancellationToken))
            return new Dictionary<string, string> { [""] = "Cette organisation n'existe plus." };
        else db.Organisations.Update(organisation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.ExecuteAsync(AuditEvent.OrganisationSaved, actor.UserId, null, null, $"« {organisation.Name} » par {actor.Name}", cancellationToken);
        return errors;
    }
}
