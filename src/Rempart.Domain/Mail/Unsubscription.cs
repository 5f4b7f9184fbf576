namespace Rempart.Domain.Mail;

/// <summary>
/// An address that asked to receive no more campaigns. Transactional mails (a registration's
/// path, payments, account security) still reach it: they are the service itself, not news.
/// </summary>
public sealed class Unsubscription
{
    /// <summary>Lower-cased, so that one person is one row whatever the capitals they typed.</summary>
    public string Email { get; set; } = "";
    public DateTime At { get; set; }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}
