namespace Rempart.Domain.Audit;

public enum AuditEvent
{
    SignInSucceeded,
    SignInFailed,
    AccountLockedOut,
    AccountUnlocked,
    AccountDeactivated,
    AccountReactivated,
    PasswordResetRequested,
    PasswordReset,
    SignedOut,
    ProfileCreated,
    ProfileChanged,
    ProfileDeleted,
    AccountCreated,
    AccountInvited,
    AccountActivated,
    AccountChanged,
    OrganisationSaved,
    GroupSaved,
    GroupDeleted,
    PasskeyAdded,
    PasskeyRemoved,
    HealthDocumentOpened,
    PersonalDataExported,
    PersonAnonymised,
    MailTemplateChanged,
    MailTemplateReset,
    ApiPreRegistration,
    ApiKeyCreated,
    ApiKeyRevoked,
    WebhookSubscribed,
    WebhookUnsubscribed,
}

/// <summary>Who did what, when and from where: sign-ins, failures, lockouts, resets, rights changes.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime At { get; set; }
    public AuditEvent Event { get; set; }

    /// <summary>The account concerned, when there is one (a failed sign-in may name no account).</summary>
    public Guid? UserId { get; set; }

    /// <summary>The address typed or the account's address.</summary>
    public string? Email { get; set; }
    public string? IpAddress { get; set; }
    public string? Details { get; set; }
}
