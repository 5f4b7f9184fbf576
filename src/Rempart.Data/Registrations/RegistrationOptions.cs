namespace Rempart.Data.Registrations;

/// <summary>Bound from "Registrations".</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registrations";

    /// <summary>The largest document a volunteer may send (a phone photo of a form fits well under it).</summary>
    public int DocumentMaxMegabytes { get; set; } = 10;

    public long DocumentMaxBytes => DocumentMaxMegabytes * 1024L * 1024L;

    /// <summary>How long after a session ends its volunteers' health forms are kept (then deleted by a daily job).</summary>
    public int HealthFormRetentionDays { get; set; } = 30;

    /// <summary>Days a registration awaiting payment has to pay before its place is released.</summary>
    public int PaymentDays { get; set; } = 8;

    /// <summary>The reminder leaves this many days before the deadline; the place is never released before a reminder has given these days.</summary>
    public int PaymentReminderDays { get; set; } = 3;
}
