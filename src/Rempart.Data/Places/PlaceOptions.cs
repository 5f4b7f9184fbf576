namespace Rempart.Data.Places;

/// <summary>Bound from "Places".</summary>
public sealed class PlaceOptions
{
    public const string Section = "Places";

    /// <summary>How long a place is kept while a registration is completed.</summary>
    public int HoldMinutes { get; set; } = 30;

    /// <summary>How long a freed place is kept for the person the waiting list offers it to.</summary>
    public int OfferHours { get; set; } = 48;
}
