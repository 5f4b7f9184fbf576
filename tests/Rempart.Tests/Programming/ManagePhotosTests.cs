using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class ManagePhotosTests : IDisposable
{
    private readonly StorageOptions storage = new() { Root = TestEnvironment.NewTempFolder("rempart-photos") };

    private ManagePhotos Photos(TestDatabase database, long maxBytes = 1024 * 1024) =>
        new(database.Contexts, storage, Options.Create(new PhotoOptions { MaxBytes = maxBytes }), new ProgrammeChangeFeed());

    private string[] StoredFiles() =>
        Directory.Exists(Path.Combine(storage.UploadsFolder, "photos")) ? Directory.GetFiles(Path.Combine(storage.UploadsFolder, "photos")) : [];

    [Theory, DatabaseData]
    public async Task Add_ARealPng_StoresItUnderAGeneratedName_AsTheCover(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);

        var outcome = await Photos(database).AddAsync(PhotoOwner.Site, programme.Site.Id, "../../etc/donjon.png", new MemoryStream(TestImages.Png), "Le donjon vu du sud", ProgrammeFixtures.Staff);

        Assert.Null(outcome.Refusal);
        Assert.Equal("image/png", outcome.Photo!.ContentType);
        Assert.True(outcome.Photo.IsCover);
        var file = Assert.Single(StoredFiles());
        Assert.Equal($"{outcome.Photo.Id:N}.png", Path.GetFileName(file));
        Assert.Equal(TestImages.Png, await File.ReadAllBytesAsync(file));
    }

    [Theory, DatabaseData]
    public async Task Add_APdfNamedJpg_TooBigOrWithoutDescription_IsRefusedWithTheReason_AndKeepsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var photos = Photos(database, maxBytes: 1000);

        var pdf = await photos.AddAsync(PhotoOwner.Site, programme.Site.Id, "photo.jpg", new MemoryStream(TestImages.PdfNamedAsJpeg), "Une photo", ProgrammeFixtures.Staff);
        var big = await photos.AddAsync(PhotoOwner.Site, programme.Site.Id, "grande.png", new MemoryStream([.. TestImages.Png, .. new byte[2000]]), "Grande", ProgrammeFixtures.Staff);
        var noAlt = await photos.AddAsync(PhotoOwner.Site, programme.Site.Id, "donjon.png", new MemoryStream(TestImages.Png), "  ", ProgrammeFixtures.Staff);

        Assert.Equal("« photo.jpg » n'est pas une image JPEG, PNG ou WebP.", pdf.Refusal);
        Assert.Equal("« grande.png » dépasse la taille maximale de 0 Mo.", big.Refusal);
        Assert.StartsWith("Décrivez « donjon.png »", noAlt.Refusal);
        Assert.Empty(StoredFiles());
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Photos.CountAsync());
    }

    [Theory, DatabaseData]
    public async Task Arrange_ReordersAndMovesTheCover_AndAStrangerCanDoNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await ProgrammeFixtures.CreateAsync(database);
        var photos = Photos(database);
        var first = (await photos.AddAsync(PhotoOwner.Worksite, programme.Worksite.Id, "a.png", new MemoryStream(TestImages.Png), "A", ProgrammeFixtures.Staff)).Photo!;
        var second = (await photos.AddAsync(PhotoOwner.Worksite, programme.Worksite.Id, "b.png", new MemoryStream(TestImages.Png), "B", ProgrammeFixtures.Staff)).Photo!;
        var stranger = programme.ManagerOf(new Domain.Organisations.Organisation { Name = "Autre" });

        Assert.False(await photos.ArrangeAsync(PhotoOwner.Worksite, programme.Worksite.Id, [second.Id, first.Id], second.Id, stranger));
        Assert.Equal("Vous n'avez pas le droit d'ajouter des photos ici.",
            (await photos.AddAsync(PhotoOwner.Worksite, programme.Worksite.Id, "c.png", new MemoryStream(TestImages.Png), "C", stranger)).Refusal);
        Assert.True(await photos.ArrangeAsync(PhotoOwner.Worksite, programme.Worksite.Id, [second.Id, first.Id], second.Id, programme.ManagerOf(programme.Association)));

        var listed = await photos.ListAsync(PhotoOwner.Worksite, programme.Worksite.Id);
        Assert.Equal([second.Id, first.Id], listed.Select(p => p.Id));
        Assert.Equal([true, false], listed.Select(p => p.IsCover));
    }

    public void Dispose()
    {
        try { Directory.Delete(storage.Root, recursive: true); } catch (IOException) { }
    }
}
