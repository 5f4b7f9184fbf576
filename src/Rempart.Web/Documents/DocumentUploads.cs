using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using Rempart.Data.Documents;
using Rempart.Domain.Accounts;

namespace Rempart.Web.Documents;

/// <summary>
/// Hands the files picked or dropped in a page to <see cref="AddDocuments"/>: each read through a
/// stream capped one byte past the limit, so that the operation (which checks everything) can say
/// "too big" instead of the browser connection failing.
/// </summary>
public sealed class DocumentUploads(AddDocuments add, ReplaceDocumentFile replace, IOptions<DocumentOptions> options)
{
    public const int MaximumFilesAtOnce = 20;

    public int MaxMegabytes => options.Value.MaxMegabytes;

    public Task<IReadOnlyList<AddedFile>?> AddAsync(Guid folderId, IReadOnlyList<IBrowserFile> files, Actor actor) =>
        add.ExecuteAsync(folderId, files.Select(Upload).ToList(), actor);

    public Task<string?> ReplaceAsync(Guid documentId, IBrowserFile file, Actor actor) => replace.ExecuteAsync(documentId, Upload(file), actor);

    private DocumentUpload Upload(IBrowserFile file) => new(file.Name, () => file.OpenReadStream(options.Value.MaxBytes + 1), file.Size);

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} Ko" : $"{bytes / 1024.0 / 1024.0:0.#} Mo";
}
