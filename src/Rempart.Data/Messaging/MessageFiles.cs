using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Messaging;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Messaging;

/// <summary>A file sent with a message: its name as the sender had it, and how to read it.</summary>
public sealed record MessageUpload(string FileName, Func<Stream> Open);

/// <summary>
/// Keeps a message's attachments as every upload is kept: checked by their first bytes (PDF, JPEG,
/// PNG) and their size, under generated names in the private uploads folder. One refused file
/// refuses them all, and nothing stays behind.
/// </summary>
public sealed class MessageFiles(StorageOptions storage, IOptions<MessagingOptions> options)
{
    internal static string FolderOf(StorageOptions storage) => Path.Combine(storage.UploadsFolder, "messages");

    internal string PathOf(MessageAttachment attachment) => Path.Combine(FolderOf(storage), attachment.StoredName);

    internal async Task<(List<MessageAttachment> Kept, string? Refusal)> KeepAsync(IReadOnlyList<MessageUpload> uploads, CancellationToken cancellationToken)
    {
        var kept = new List<MessageAttachment>();
        if (uploads.Count == 0) return (kept, null);
        var folder = FolderOf(storage);
        Directory.CreateDirectory(folder);
        var max = options.Value.AttachmentMaxBytes;
        try
        {
            foreach (var upload in uploads)
            {
                var temporary = Path.Combine(folder, $"upload-{Guid.NewGuid():N}.tmp");
                try
                {
                    long size;
                    byte[] header;
                    await using (var content = upload.Open())
                        (size, header) = await CappedUpload.CopyAsync(content, temporary, max, cancellationToken);
                    var name = Path.GetFileName(upload.FileName.Trim());
                    name = name.Length > 200 ? name[^200..] : name;
                    var format = DocumentFormat.Detect(header);
                    if (MessagingRules.RefuseAttachment(name, size, max, format) is { } refusal)
                    {
                        Delete(kept);
                        return ([], refusal);
                    }
                    var attachment = new MessageAttachment { FileName = name, ContentType = format!.ContentType, SizeBytes = size };
                    attachment.StoredName = $"{attachment.Id:N}.{format.Extension}";
                    File.Move(temporary, PathOf(attachment));
                    kept.Add(attachment);
                }
                finally
                {
                    if (File.Exists(temporary)) File.Delete(temporary);
                }
            }
            return (kept, null);
        }
        catch
        {
            Delete(kept);
            throw;
        }
    }

    internal void Delete(IEnumerable<MessageAttachment> attachments)
    {
        foreach (var attachment in attachments) File.Delete(PathOf(attachment));
    }
}
