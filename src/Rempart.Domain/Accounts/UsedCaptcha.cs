namespace Rempart.Domain.Accounts;

/// <summary>A captcha solution already accepted: kept until its challenge expires, so it cannot serve twice.</summary>
public sealed class UsedCaptcha
{
    /// <summary>The challenge (hex SHA-256), unique to one solution.</summary>
    public string Challenge { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
