namespace Rempart.Web.Startup;

/// <summary>Bound from "Bootstrap": the first super-admin. Never a default password.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}

/// <summary>Bound from "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed demo data into an empty database at start-up. Unset means: only on the embedded SQLite default.</summary>
    public bool? SeedOnFirstRun { get; set; }
}
