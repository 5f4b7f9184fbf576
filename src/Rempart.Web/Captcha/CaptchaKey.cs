using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;

namespace Rempart.Web.Captcha;

/// <summary>
/// The HMAC key that signs challenges: Captcha:HmacKey when set (several servers must share it),
/// else 32 random bytes generated once in the data folder's keys, next to the data-protection keys.
/// </summary>
public sealed class CaptchaKey
{
    public CaptchaKey(IOptions<CaptchaOptions> options, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.HmacKey))
        {
            Value = Convert.FromBase64String(options.Value.HmacKey);
            return;
        }
        var path = Path.Combine(storage.KeysFolder, "captcha-hmac.key");
        if (File.Exists(path))
        {
            Value = Convert.FromBase64String(File.ReadAllText(path).Trim());
            return;
        }
        Directory.CreateDirectory(storage.KeysFolder);
        Value = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(Value));
    }

    public byte[] Value { get; }
}
