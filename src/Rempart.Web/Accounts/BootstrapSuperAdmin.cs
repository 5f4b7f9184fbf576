using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Web.Startup;

namespace Rempart.Web.Accounts;

/// <summary>
/// Creates the first super-admin when there is none. There is no default password anywhere: the
/// account comes from Bootstrap:AdminEmail / Bootstrap:AdminPassword, or, on the embedded SQLite
/// default only, is generated and its password printed once to the console.
/// </summary>
public sealed class BootstrapSuperAdmin(
    UserManager<RempartUser> users, RempartDbContext db, IOptions<BootstrapOptions> options, DatabaseSettings database, ILogger<BootstrapSuperAdmin> logger)
{
    public const string GeneratedAdminEmail = "admin@rempart.local";

    public async Task ExecuteAsync()
    {
        if (await ProfileQueries.AnyoneHoldsAsync(db, ProfileRoles.SuperAdmin)) return;

        var email = options.Value.AdminEmail;
        var password = options.Value.AdminPassword;
        var generated = false;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                logger.LogWarning("No super-admin exists: set Bootstrap:AdminEmail and Bootstrap:AdminPassword to create one");
                return;
            }
            email = string.IsNullOrWhiteSpace(email) ? GeneratedAdminEmail : email;
            password = GeneratePassword();
            generated = true;
        }

        var user = new RempartUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Super-administrateur" };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("Bootstrap super-admin: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, await ProfileQueries.BuiltInNamesAsync(db, [ProfileKind.SuperAdmin, ProfileKind.Staff]));

        logger.LogInformation("Super-admin {Email} created", email);
        if (generated)
        {
            // Printed, not logged: log sinks are kept and shipped, this password must be seen once only.
            Console.WriteLine();
            Console.WriteLine("  Premier super-administrateur créé (ce mot de passe ne sera plus affiché) :");
            Console.WriteLine($"    identifiant  : {email}");
            Console.WriteLine($"    mot de passe : {password}");
            Console.WriteLine();
        }
    }

    private static string GeneratePassword()
    {
        // 20 characters from an unambiguous alphabet, plus one of each class Identity's rules ask for.
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return new string(chars.ToArray()) + "-a7Z";
    }
}
