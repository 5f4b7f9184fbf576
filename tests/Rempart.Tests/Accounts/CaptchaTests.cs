using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Captcha;

namespace Rempart.Tests.Accounts;

public sealed class CaptchaTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>What the widget's worker does: try every number until the hash matches.</summary>
    internal static string Solve(AltchaChallenge challenge, Func<string, string>? tamper = null)
    {
        for (var n = 0; n <= challenge.MaxNumber; n++)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge.Salt + n.ToString(CultureInfo.InvariantCulture))));
            if (hash != challenge.Challenge) continue;
            var json = JsonSerializer.Serialize(new { algorithm = challenge.Algorithm, challenge = challenge.Challenge, number = n, salt = challenge.Salt, signature = challenge.Signature, took = 5 });
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(tamper?.Invoke(json) ?? json));
        }
        throw new InvalidOperationException("No solution within maxnumber");
    }

    [Fact]
    public void ASolvedChallenge_IsAccepted_UntilItExpires_AndNothingElseIs()
    {
        var now = DateTimeOffset.UtcNow;
        var challenge = AltchaProtocol.Create(Key, 5_000, now.AddMinutes(10));
        var payload = Solve(challenge);

        Assert.NotNull(AltchaProtocol.Verify(Key, payload, now.AddMinutes(9)));
        Assert.Null(AltchaProtocol.Verify(Key, payload, now.AddMinutes(11)));
        Assert.Null(AltchaProtocol.Verify(RandomNumberGenerator.GetBytes(32), payload, now));
        Assert.Null(AltchaProtocol.Verify(Key, Solve(challenge, j => j.Replace("\"number\":", "\"number\":1")), now));
        // Pushing the expiry forward breaks the challenge the signature covers.
        Assert.Null(AltchaProtocol.Verify(Key, Solve(challenge, j => j.Replace("expires=", "expires=9")), now));
        Assert.Null(AltchaProtocol.Verify(Key, "", now));
        Assert.Null(AltchaProtocol.Verify(Key, "pas du base64 !", now));
        Assert.Null(AltchaProtocol.Verify(Key, Convert.ToBase64String("{\"algorithm\":\"SHA-1\"}"u8.ToArray()), now));
    }

    [Theory, DatabaseData]
    public async Task TheChallengeEndpoint_ServesFreshSignedChallenges_AndASolutionServesOnce_EvenInParallel(DatabaseProvider provider)
    {
        await using var app = await RempartAppFactory.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Captcha:MaxNumber"] = "2000" });
        using var client = app.CreateClient();

        var response = await client.GetAsync(CaptchaEndpoints.ChallengePath);
        var challenge = (await response.Content.ReadFromJsonAsync<AltchaChallenge>())!;
        var other = (await client.GetFromJsonAsync<AltchaChallenge>(CaptchaEndpoints.ChallengePath))!;

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("SHA-256", challenge.Algorithm);
        Assert.Equal(2000, challenge.MaxNumber);
        Assert.NotEqual(challenge.Salt, other.Salt);
        var payload = Solve(challenge);
        var verify = app.Services.GetRequiredService<VerifyCaptcha>();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => verify.ExecuteAsync(payload))));
        Assert.Equal(1, attempts.Count(accepted => accepted));
        Assert.False(await verify.ExecuteAsync(payload));
        Assert.True(await verify.ExecuteAsync(Solve(other)));
    }

    [Fact]
    public async Task AChallengeOlderThanItsLifetime_IsRefused()
    {
        var clock = new ManualClock();
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Captcha:MaxNumber"] = "1000" });
        await using var host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        var verify = host.Services.GetRequiredService<VerifyCaptcha>();
        var late = Solve(verify.NewChallenge());
        var onTime = Solve(verify.NewChallenge());

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.True(await verify.ExecuteAsync(onTime));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await verify.ExecuteAsync(late));
    }
}
