namespace Rempart.Web.Mail;

/// <summary>Bound from "Campaigns": how fast campaigns leave, so that a mail server or SendGrid plan is not flooded.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>At most this many messages a minute, across all campaigns.</summary>
    public int MessagesPerMinute { get; set; } = 120;

    /// <summary>How often the sender looks for messages due.</summary>
    public int PollSeconds { get; set; } = 15;
}
