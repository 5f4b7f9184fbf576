namespace Rempart.Web.Map;

/// <summary>
/// Bound from "Map". The tile server is a setting because deployments may be offline or prefer
/// their own; with an empty TileUrl the maps still show the sites, on a blank background.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public string Attribution { get; set; } = "© contributeurs OpenStreetMap";
}
