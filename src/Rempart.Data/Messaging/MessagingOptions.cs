namespace Rempart.Data.Messaging;

/// <summary>Bound from "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>The largest file a message may carry.</summary>
    public int AttachmentMaxMegabytes { get; set; } = 10;

    public long AttachmentMaxBytes => AttachmentMaxMegabytes * 1024L * 1024L;
}
