namespace Rempart.Web.Payments.Mollie;

/// <summary>Bound from "Mollie". Without an API key, online payment is not offered.</summary>
public sealed class MollieOptions
{
    public const string Section = "Mollie";

    /// <summary>"test_..." for test mode, "live_..." for real money.</summary>
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.mollie.com/v2/";

    /// <summary>How long one call may take before it is given up (and retried).</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Retries after a timeout, a network error, a 5xx or a 429; each waits longer than the last.</summary>
    public int Retries { get; set; } = 3;

    public int RetryDelayMilliseconds { get; set; } = 500;

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);
}
