namespace Rempart.Domain.Places;

/// <summary>
/// The places of one session at one moment. <see cref="OpenPool"/> is capacity minus every
/// allocation; <see cref="Free"/> what nobody holds or has confirmed, whoever may take it.
/// </summary>
public sealed record PlaceCounts(int Capacity, int Allocated, int Held, int Confirmed, int Waiting, int OpenPool, int OpenPoolUsed)
{
    public int Taken => Held + Confirmed;
    public int Free => Math.Max(0, Capacity - Taken);
    public int OpenPoolFree => Math.Max(0, OpenPool - OpenPoolUsed);
}

/// <summary>One allocation's size and the places its registrations take.</summary>
public sealed record AllocationUse(Guid AllocationId, int Size, int Used)
{
    public int Free => Math.Max(0, Size - Used);
}
