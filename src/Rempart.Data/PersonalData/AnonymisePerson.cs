using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Audit;
using Rempart.Data.Database;
using Rempart.Data.Registrations;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Domain.PersonalData;

namespace Rempart.Data.PersonalData;

/// <summary>
/// Anonymises a person at their request (or the union's decision): their account can no longer sign
/// in and names no one; the volunteers it holds (themselves, and the people registered with its
/// address, such as a child) lose their identity, contacts and answers, and their documents are
/// deleted. Registrations, their stages and dates stay, as accounting and statistics need them,
/// attached to "Personne anonymisée". Cannot be undone; users.manage only, never oneself.
/// </summary>
public sealed class AnonymisePerson(IDbContextFactory<RempartDbContext> contexts, StorageOptions storage, WriteAudit audit, TimeProvider clock)
{
    public async Task<string?> ExecuteAsync(Guid userId, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(Permissions.UsersManage)) return "Vous n'avez pas le droit de gérer les comptes.";
        if (actor.UserId == userId) return "Vous ne pouvez pas anonymiser votre propre compte.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return "Ce compte n'existe plus.";
        var now = clock.GetUtcNow().UtcDateTime;
        var email = user.Email;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var volunteers = await db.Volunteers.Where(v => v.UserId == userId || (v.UserId == null && email != null && v.Email == email)).ToListAsync(cancellationToken);
        var volunteerIds = volunteers.Select(v => v.Id).ToList();
        foreach (var volunteer in volunteers)
        {
            (volunteer.FirstName, volunteer.LastName) = ("Personne", "anonymisée");
            volunteer.Email = Anonymous.Email(volunteer.Id);
            volunteer.BirthDate = Anonymous.BirthDate(volunteer.BirthDate);
            volunteer.Phone = volunteer.Address = volunteer.PostalCode = volunteer.Commune = null;
            volunteer.EmergencyContactName = volunteer.EmergencyContactPhone = volunteer.Diet = volunteer.Languages = volunteer.Skills = null;
            volunteer.UserId = null;
        }
        var registrations = await db.Registrations.Where(r => volunteerIds.Contains(r.VolunteerId)).ToListAsync(cancellationToken);
        foreach (var registration in registrations) (registration.Motivation, registration.GuardianName) = (null, null);
        var registrationIds = registrations.Select(r => r.Id).ToList();
        var documents = await db.RegistrationDocuments.Where(d => registrationIds.Contains(d.RegistrationId)).ToListAsync(cancellationToken);
        db.RegistrationDocuments.RemoveRange(documents);
        await db.RegistrationHistory.Where(h => h.ByUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(h => h.By, Anonymous.Name), cancellationToken);

        db.ManagedAccounts.RemoveRange(db.ManagedAccounts.Where(m => m.ManagerId == userId || m.ManagedId == userId));
        db.ExtranetGroupMembers.RemoveRange(db.ExtranetGroupMembers.Where(m => m.UserId == userId));
        db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == userId));
        db.UserClaims.RemoveRange(db.UserClaims.Where(c => c.UserId == userId));
        db.UserLogins.RemoveRange(db.UserLogins.Where(l => l.UserId == userId));
        db.UserTokens.RemoveRange(db.UserTokens.Where(t => t.UserId == userId));
        db.Set<IdentityUserPasskey<Guid>>().RemoveRange(db.Set<IdentityUserPasskey<Guid>>().Where(p => p.UserId == userId));
        var anonymous = Anonymous.Email(user.Id);
        user.Email = user.UserName = anonymous;
        user.NormalizedEmail = user.NormalizedUserName = anonymous.ToUpperInvariant();
        user.DisplayName = Anonymous.Name;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.IsActive = false;
        user.OrganisationId = null;
        // A new stamp signs out every open session of the account at the next revalidation.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.AuditEntries.Where(e => e.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Email, (string?)null), cancellationToken);
        await db.DeletionRequests.Where(r => r.UserId == userId && r.HandledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledAt, now).SetProperty(r => r.HandledBy, actor.Name), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var folder = AddRegistrationDocument.FolderOf(storage);
        foreach (var document in documents) File.Delete(Path.Combine(folder, document.StoredName));
        await audit.ExecuteAsync(AuditEvent.PersonAnonymised, userId, null, null,
            $"{volunteers.Count} fiche(s) de volontaire, {registrations.Count} inscription(s) conservée(s) sans identité, {documents.Count} document(s) supprimé(s), par {actor.Name}", cancellationToken);
        return null;
    }
}
