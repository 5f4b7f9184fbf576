using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Rempart.Web.Resources;

namespace Rempart.Web.Accounts;

/// <summary>Identity's error messages in the visitor's language (French by default) instead of English.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<Texts> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = string.Format(t["Identity_PasswordTooShort"], length) };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = t["Identity_PasswordRequiresDigit"] };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = t["Identity_PasswordRequiresLower"] };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = t["Identity_PasswordRequiresUpper"] };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = t["Identity_PasswordRequiresNonAlphanumeric"] };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = string.Format(t["Identity_PasswordRequiresUniqueChars"], uniqueChars) };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = t["Identity_InvalidToken"] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = string.Format(t["Identity_DuplicateEmail"], email) };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = string.Format(t["Identity_DuplicateEmail"], userName) };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = string.Format(t["Identity_InvalidEmail"], email) };
}
