namespace Rempart.Domain.Extranet;

/// <summary>
/// A page of the extranet, in a tree the admins arrange. Its body is HTML cleaned by the mails'
/// allowlist before it is stored. It is seen by every signed-in member (<see cref="ForEveryMember"/>)
/// or by the members of its groups (<see cref="ExtranetPageGroup"/>).
/// </summary>
public sealed class ExtranetPage
{
    public const int MaximumTitle = 150;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid? ParentId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Its address under /extranet/pages/, unique.</summary>
    public string Slug { get; set; } = "";
    public string Body { get; set; } = "";
    public int Position { get; set; }
    public bool ForEveryMember { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public sealed class ExtranetPageGroup
{
    public Guid PageId { get; set; }
    public Guid GroupId { get; set; }
}
