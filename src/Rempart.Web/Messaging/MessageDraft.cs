using Rempart.Data.Messaging;

namespace Rempart.Web.Messaging;

/// <summary>What the composer holds when the user sends: the subject (ignored in an answer), the text, confidentiality, the files.</summary>
public sealed record MessageDraft(string Subject, string Body, bool Confidential, IReadOnlyList<MessageUpload> Uploads);
