namespace Rempart.Data.Programming;

/// <summary>Bound from "Photos".</summary>
public sealed class PhotoOptions
{
    public const string Section = "Photos";

    /// <summary>Largest photo accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = 8 * 1024 * 1024;
}
