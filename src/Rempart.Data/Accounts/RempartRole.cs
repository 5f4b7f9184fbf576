using Microsoft.AspNetCore.Identity;

namespace Rempart.Data.Accounts;

public sealed class RempartRole : IdentityRole<Guid>
{
    public RempartRole() => Id = Guid.NewGuid();

    public RempartRole(string name) : this() => Name = name;
}
