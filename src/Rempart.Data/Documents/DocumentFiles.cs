using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Documents;

namespace Rempart.Data.Documents;

/// <summary>A file given to the docuthèque: its name as the sender had it, how to read it, and the size the browser announced (if any).</summary>
public sealed record DocumentUpload(string FileName, Func<Stream> Open, long? DeclaredSize = null);

/// <summary>A file kept: where, what it is, how big, under which name.</summary>
internal sealed record KeptFile(string StoredName, StoredFormat Format, long Size, string FileName);

/// <summary>
/// The docuthèque's files: checked by content and size, kept under generated names in the private
/// uploads folder (never under the web root). A refused file leaves nothing behind.
/// </summary>
public sealed class DocumentFiles(StorageOptions storage, IOptions<DocumentOptions> options)
{
    public string Folder => Path.Combine(storage.UploadsFolder, "documents");

    public string PathOf(string storedName) => Path.Combine(Folder, storedName);

    internal async Task<(KeptFile? File, string? Refusal)> KeepAsync(DocumentUpload upload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"upload-{Guid.NewGuid():N}.tmp");
        var name = Path.GetFileName(upload.FileName.Trim());
        name = name.Length > 200 ? name[^200..] : name;
        // Announced too big: refused before a byte is read.
        if (upload.DeclaredSize > options.Value.MaxBytes) return (null, $"« {name} » dépasse {options.Value.MaxMegabytes} Mo.");
        try
        {
            long size;
            await using (var content = upload.Open())
                (size, _) = await CappedUpload.CopyAsync(content, temporary, options.Value.MaxBytes, cancellationToken);
            if (size == 0) return (null, $"« {name} » est vide.");
            if (size > options.Value.MaxBytes) return (null, $"« {name} » dépasse {options.Value.MaxMegabytes} Mo.");
            var (format, refusal) = DetectDocumentFormat.Detect(temporary, name);
            if (format is null) return (null, refusal);
            var stored = $"{Guid.NewGuid():N}.{format.Extension}";
            File.Move(temporary, PathOf(stored));
            return (new KeptFile(stored, format, size, name), null);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    internal void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path)) File.Delete(path);
    }
}
