using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;

namespace Rempart.Web.Captcha;

/// <summary>Issues challenges and accepts a solution once: genuine, unexpired and never seen before.</summary>
public sealed class VerifyCaptcha(CaptchaKey key, IOptions<CaptchaOptions> options, TimeProvider clock, RememberCaptcha memory)
{
    /// <summary>The name of the form field the widget fills.</summary>
    public const string FieldName = "altcha";

    public AltchaChallenge NewChallenge() =>
        AltchaProtocol.Create(key.Value, options.Value.MaxNumber, clock.GetUtcNow().AddMinutes(options.Value.ExpiryMinutes));

    public async Task<bool> ExecuteAsync(string? payload, CancellationToken cancellationToken = default)
    {
        if (AltchaProtocol.Verify(key.Value, payload, clock.GetUtcNow()) is not { } accepted) return false;
        return await memory.FirstUseAsync(accepted.Challenge, accepted.ExpiresAt.UtcDateTime, cancellationToken);
    }
}
