namespace Rempart.Domain.Mail;

public enum CampaignStatus
{
    Scheduled,
    Sending,
    Sent,
    Cancelled,
}

public enum RecipientStatus
{
    Pending,

    /// <summary>Taken by the sender; becomes Sent or goes back to Pending (to retry) or Failed.</summary>
    Sending,
    Sent,

    /// <summary>Refused by the mail server or SendGrid every time it was tried.</summary>
    Failed,

    /// <summary>The address asked for no more campaigns when the campaign was written.</summary>
    Skipped,

    /// <summary>
    /// The server stopped while this message was being handed over: it may have left or not, and it
    /// is not sent again by itself, so that nobody receives it twice.
    /// </summary>
    Interrupted,
}

/// <summary>
/// A message to many: its text (Handlebars over <see cref="CampaignRules.Definition"/>'s tokens),
/// who wrote it and for which association (null: the union), and when it goes. Its recipients are
/// written with it, in the same transaction, and a background sender works through them.
/// </summary>
public sealed class Campaign
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid? OrganisationId { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public CampaignStatus Status { get; set; }
    public DateTime SendAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Who was chosen, in words ("Sessions de 2027, association X, inscriptions confirmées").</summary>
    public string Audience { get; set; } = "";
}

/// <summary>One person a campaign writes to, and where their message stands.</summary>
public sealed class CampaignRecipient
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CampaignId { get; set; }
    public string Email { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string FullName { get; set; } = "";
    public RecipientStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }
}

/// <summary>What a campaign must be, and how its sending is retried.</summary>
public static class CampaignRules
{
    public const int MaximumAttempts = 4;

    /// <summary>The tokens a campaign may use; the unsubscribe link is added by the layout.</summary>
    public static readonly MailTemplateDefinition Definition = new("campagne", "Campagne", "Quand l'équipe l'envoie.",
        [MailTokens.Union, MailTokens.FirstName, MailTokens.FullName], "", "", Transactional: false);

    public static Dictionary<string, string> Validate(string? title, string? subject, string? body)
    {
        var errors = MailTemplateRules.Validate(Definition, subject, body);
        if (string.IsNullOrWhiteSpace(title)) errors["Title"] = "Donnez un nom à la campagne (il n'est vu que de l'équipe).";
        else if (title.Trim().Length > 120) errors["Title"] = "120 caractères au plus.";
        return errors;
    }

    /// <summary>After a refusal: again in 1, 5, then 30 minutes; failed after <see cref="MaximumAttempts"/>.</summary>
    public static DateTime? NextAttempt(int attempts, DateTime now) => attempts switch
    {
        1 => now.AddMinutes(1),
        2 => now.AddMinutes(5),
        3 => now.AddMinutes(30),
        _ => null,
    };
}

/// <summary>Who may write to volunteers: staff and association managers holding mail.send, a manager for their own association only.</summary>
public static class CampaignAccess
{
    public static bool MayWrite(Accounts.Actor actor) =>
        actor.Can(Accounts.Permissions.MailSend)
        && (actor.IsStaff || (actor.Profiles.Contains(Accounts.ProfileKind.AssociationManager) && actor.OrganisationId is not null));
}
