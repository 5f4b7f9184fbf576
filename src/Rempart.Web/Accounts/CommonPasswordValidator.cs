using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Rempart.Data.Accounts;
using Rempart.Web.Resources;

namespace Rempart.Web.Accounts;

/// <summary>
/// Refuses the passwords everyone tries first: about 49,000 from @zxcvbn-ts/language-common,
/// restored from npm at build time (FrontEnd.targets) and read once.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<Texts> t) : IPasswordValidator<RempartUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<RempartUser> manager, RempartUser user, string? password) =>
        Task.FromResult(password is not null && Common.Value.Contains(password.Trim().ToLowerInvariant())
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = t["Identity_CommonPassword"] })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data-files", "common-passwords.json");
        using var stream = File.OpenRead(path);
        var words = JsonSerializer.Deserialize<string[]>(stream) ?? [];
        return words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
