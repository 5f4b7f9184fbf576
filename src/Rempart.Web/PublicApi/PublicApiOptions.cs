namespace Rempart.Web.PublicApi;

/// <summary>Bound from "PublicApi".</summary>
public sealed class PublicApiOptions
{
    public const string Section = "PublicApi";

    /// <summary>Requests a key may make per minute; past it, 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
