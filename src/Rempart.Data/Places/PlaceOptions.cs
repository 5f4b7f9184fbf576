namespace Rempart.Data.Places;

/// <summary>Bound from "Places".</summary>
public sealed class PlaceOptions
{
    public const string Section = "Places";

    /// <summary>How long a place is kept while a registration is completed.</summary>
    public int HoldMinutes { get; set; } = 30;
}
