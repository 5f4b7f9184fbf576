namespace Rempart.Web.Captcha;

/// <summary>Bound from "Captcha": how hard and how long-lived the proof-of-work challenges are.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";

    /// <summary>
    /// The largest number a visitor's browser may have to try: about half of it on average. 100,000
    /// takes well under a second on a phone and makes mass submissions costly.
    /// </summary>
    public int MaxNumber { get; set; } = 100_000;

    public int ExpiryMinutes { get; set; } = 10;

    /// <summary>Base64 HMAC key shared by every server; when empty, one is generated in the data folder's keys.</summary>
    public string? HmacKey { get; set; }
}
