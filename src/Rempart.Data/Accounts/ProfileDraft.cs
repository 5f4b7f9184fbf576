using Rempart.Domain.Accounts;

namespace Rempart.Data.Accounts;

/// <summary>A profile as the editor shows and changes it.</summary>
public sealed class ProfileDraft
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public ProfileKind Kind { get; set; } = ProfileKind.Staff;
    public HashSet<string> Permissions { get; set; } = [];
    public string? BuiltInKey { get; init; }
    public int Holders { get; init; }
}

public sealed record ProfileRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public ProfileKind Kind { get; init; }
    public string? Description { get; init; }
    public bool BuiltIn { get; init; }
    public int Permissions { get; init; }
    public int Holders { get; init; }
}
