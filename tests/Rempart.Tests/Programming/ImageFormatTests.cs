using Rempart.Domain.Programming;

namespace Rempart.Tests.Programming;

public sealed class ImageFormatTests
{
    [Theory]
    [InlineData("FFD8FFE000104A4649460001", "image/jpeg")]
    [InlineData("89504E470D0A1A0A0000000D", "image/png")]
    [InlineData("524946460000000057454250", "image/webp")]
    [InlineData("524946460000000057415645", null)] // RIFF but WAVE: a sound, not a picture
    [InlineData("255044462D312E370A25E2E3", null)] // %PDF
    [InlineData("3C73766720786D6C6E733D22", null)] // <svg: may carry scripts
    [InlineData("FFD8", null)] // too short to tell
    public void Detect_RecognisesImagesByTheirFirstBytesOnly(string hex, string? expected)
    {
        Assert.Equal(expected, ImageFormat.Detect(Convert.FromHexString(hex))?.ContentType);
    }

    [Fact]
    public void Arrange_NumbersInTheGivenOrder_AndKeepsExactlyOneCover()
    {
        var photos = Enumerable.Range(0, 3).Select(i => new Photo { Position = i, IsCover = i == 0 }).ToList();

        PhotoRules.Arrange(photos, [photos[2].Id, photos[0].Id, photos[1].Id], photos[1].Id);

        Assert.Equal([1, 2, 0], photos.Select(p => p.Position));
        Assert.Equal([false, true, false], photos.Select(p => p.IsCover));
    }

    [Fact]
    public void Arrange_WithoutACoverChoice_KeepsTheCurrentCover()
    {
        var photos = Enumerable.Range(0, 2).Select(i => new Photo { Position = i, IsCover = i == 1 }).ToList();

        PhotoRules.Arrange(photos, [photos[0].Id, photos[1].Id], null);

        Assert.Equal([false, true], photos.Select(p => p.IsCover));
    }
}
