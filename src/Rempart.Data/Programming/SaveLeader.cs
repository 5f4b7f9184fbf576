using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>Creates or updates a leader (staff only).</summary>
public sealed class SaveLeader(IDbContextFactory<RempartDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(Leader leader, bool isNew, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (!ProgrammeAccess.CanEditSites(actor)) errors[""] = "Seul le personnel de l'Union gère les animateurs.";
        if (string.IsNullOrWhiteSpace(leader.FirstName)) errors[nameof(Leader.FirstName)] = "Indiquez le prénom.";
        if (string.IsNullOrWhiteSpace(leader.LastName)) errors[nameof(Leader.LastName)] = "Indiquez le nom.";
        if (errors.Count > 0) return errors;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (isNew) db.Leaders.Add(leader);
        else db.Leaders.Update(leader);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
