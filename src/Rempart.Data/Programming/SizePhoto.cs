using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Domain.Programming;

namespace Rempart.Data.Programming;

/// <summary>
/// A photo at one of the fixed sizes, made once by libvips' <c>vipsthumbnail</c> (fast and light
/// on memory, never enlarging) and kept beside the originals. A photo's file never changes, so a
/// size made once stays right. Without the tool, or when it fails, the original is served: the
/// page still shows the photo, only heavier.
/// </summary>
public sealed class SizePhoto(StorageOptions storage, IOptions<PhotoOptions> options, ILogger<SizePhoto> logger)
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    public async Task<string> ExecuteAsync(Guid photoId, string originalPath, string contentType, PhotoSize size, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(storage.UploadsFolder, "photos", "tailles");
        var extension = contentType == "image/png" ? "png" : "jpg";
        var sized = Path.Combine(folder, $"{photoId:N}-{(int)size}.{extension}");
        if (File.Exists(sized)) return sized;

        Directory.CreateDirectory(folder);
        // Written under a temporary name and moved: two requests for the same size never serve a half-written file.
        var temporary = Path.Combine(folder, $"{Guid.NewGuid():N}.{extension}");
        var saveOptions = extension == "png" ? "[strip]" : "[Q=82,strip]";
        try
        {
            var done = await RunTool.ExecuteAsync(options.Value.ThumbnailCommand, [originalPath, "--size", $"{(int)size}x>", "-o", temporary + saveOptions],
                ToolTimeout, logger, cancellationToken);
            if (done is null || !File.Exists(temporary)) return originalPath;
            File.Move(temporary, sized, overwrite: true);
            return sized;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
