namespace Rempart.Data.Database;

/// <summary>Writes an upload to a file without ever holding more than the allowed size, keeping its first bytes to tell its format.</summary>
internal static class CappedUpload
{
    public const int HeaderLength = 16;

    /// <summary>Copies at most one buffer more than allowed (enough to know it is too big).</summary>
    public static async Task<(long Size, byte[] Header)> CopyAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderLength];
        var headerLength = 0;
        long size = 0;
        var buffer = new byte[81920];
        await using var output = File.Create(path);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (headerLength < header.Length)
            {
                var take = Math.Min(header.Length - headerLength, read);
                Array.Copy(buffer, 0, header, headerLength, take);
                headerLength += take;
            }
            size += read;
            if (size > maxBytes) break;
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return (size, header[..headerLength]);
    }
}
