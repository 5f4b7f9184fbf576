using Rempart.Domain.Registrations;

namespace Rempart.Domain.Messaging;

/// <summary>What a message must be: a subject to start a thread, a text, a few attachments of the formats every upload accepts.</summary>
public static class MessagingRules
{
    public const int MaximumSubject = 150;
    public const int MaximumBody = 10_000;
    public const int MaximumAttachments = 5;

    /// <summary>Errors by field (Subject, Body, Attachments); empty when the message can be sent.</summary>
    public static Dictionary<string, string> Validate(string? subject, string? body, int attachments, bool needsSubject)
    {
        var errors = new Dictionary<string, string>();
        if (needsSubject)
        {
            if (string.IsNullOrWhiteSpace(subject)) errors["Subject"] = "Donnez un objet au message.";
            else if (subject.Trim().Length > MaximumSubject) errors["Subject"] = $"{MaximumSubject} caractères au plus.";
        }
        if (string.IsNullOrWhiteSpace(body)) errors["Body"] = "Écrivez le message.";
        else if (body.Trim().Length > MaximumBody) errors["Body"] = $"{MaximumBody} caractères au plus.";
        if (attachments > MaximumAttachments) errors["Attachments"] = $"{MaximumAttachments} pièces jointes au plus par message.";
        return errors;
    }

    /// <summary>Null when an attachment can be kept; it is checked as the registration documents are, by its first bytes.</summary>
    public static string? RefuseAttachment(string fileName, long size, long maxBytes, DocumentFormat? format)
    {
        if (size == 0) return $"Le fichier « {fileName} » est vide.";
        if (size > maxBytes) return $"Le fichier « {fileName} » dépasse {maxBytes / 1024 / 1024} Mo.";
        if (format is null) return $"Le fichier « {fileName} » n'est ni un PDF, ni une image JPEG ou PNG.";
        return null;
    }
}
