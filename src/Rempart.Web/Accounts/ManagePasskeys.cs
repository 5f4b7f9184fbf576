using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;
using Rempart.Data.Audit;
using Rempart.Domain.Audit;

namespace Rempart.Web.Accounts;

public sealed record PasskeyRow(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>
/// A signed-in person adds passkeys to their account (Identity checks the browser's attestation
/// against the options it issued), lists and removes them. Each change is audited.
/// </summary>
public sealed class ManagePasskeys(UserManager<RempartUser> users, SignInManager<RempartUser> signIn, WriteAudit audit)
{
    public const int NameMaxLength = 60;

    public async Task<IReadOnlyList<PasskeyRow>> ListAsync(RempartUser user) =>
        (await users.GetPasskeysAsync(user))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(Convert.ToBase64String(p.CredentialId), p.Name ?? "Clé d'accès", p.CreatedAt))
            .ToList();

    /// <summary>The options the browser needs to create a credential for this account.</summary>
    public Task<string> CreationOptionsAsync(RempartUser user) =>
        signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity
        {
            Id = user.Id.ToString(), Name = user.Email ?? user.UserName ?? "", DisplayName = user.DisplayName ?? user.Email ?? "",
        });

    /// <summary>Null when added, else why not, in French.</summary>
    public async Task<string?> AddAsync(RempartUser user, string? credentialJson, string? name, string? ipAddress)
    {
        if (string.IsNullOrWhiteSpace(credentialJson)) return "Le navigateur n'a pas transmis de clé d'accès. Réessayez.";
        var label = string.IsNullOrWhiteSpace(name) ? "Clé d'accès" : name.Trim();
        if (label.Length > NameMaxLength) return $"Le nom de la clé ne peut dépasser {NameMaxLength} caractères.";
        var attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        if (!attestation.Succeeded) return "Cette clé d'accès n'a pas pu être vérifiée. Réessayez depuis cette page.";
        if (attestation.UserEntity.Id != user.Id.ToString()) return "Cette clé d'accès a été créée pour un autre compte.";
        attestation.Passkey.Name = label;
        var result = await users.AddOrUpdatePasskeyAsync(user, attestation.Passkey);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        await audit.ExecuteAsync(AuditEvent.PasskeyAdded, user.Id, user.Email, ipAddress, $"« {label} »");
        return null;
    }

    public async Task<bool> RemoveAsync(RempartUser user, string id, string? ipAddress)
    {
        byte[] credentialId;
        try { credentialId = Convert.FromBase64String(id); }
        catch (FormatException) { return false; }
        var passkey = await users.GetPasskeyAsync(user, credentialId);
        if (passkey is null) return false;
        var result = await users.RemovePasskeyAsync(user, credentialId);
        if (result.Succeeded) await audit.ExecuteAsync(AuditEvent.PasskeyRemoved, user.Id, user.Email, ipAddress, $"« {passkey.Name} »");
        return result.Succeeded;
    }
}
