namespace Rempart.Domain.PersonalData;

/// <summary>
/// A person asked for their account and data to be deleted. Staff handle it by anonymising them
/// (accounting records are kept, without the person's identity); the request keeps when and by whom.
/// </summary>
public sealed class DeletionRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }

    /// <summary>The address at the time of the request: the account's own is scrubbed when it is handled.</summary>
    public string Email { get; set; } = "";
    public string? Note { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
}

/// <summary>What anonymising a person writes in place of who they were.</summary>
public static class Anonymous
{
    public const string Name = "Personne anonymisée";

    /// <summary>An address that can receive nothing (the .invalid domain is reserved for that) and stays unique.</summary>
    public static string Email(Guid id) => $"anonyme-{id:N}@anonyme.invalid";

    /// <summary>The year of birth is kept (the union's statistics by age), not the day.</summary>
    public static DateOnly BirthDate(DateOnly real) => new(real.Year, 1, 1);
}
