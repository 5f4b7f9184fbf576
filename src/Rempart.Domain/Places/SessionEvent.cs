namespace Rempart.Domain.Places;

/// <summary>A line of a session's history: allocations set or released, places offered, lists reordered.</summary>
public sealed class SessionEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public DateTime At { get; set; }
    public string Text { get; set; } = "";
    public string? By { get; set; }
}
