using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data;
using Rempart.Data.Database;
using Rempart.Data.Programming;
using Rempart.Domain.Organisations;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class PhotoEndpointTests
{
    [Fact]
    public async Task Photo_IsServedWithItsTypeCachingAndNosniff_AndAnUnknownIdIsNotFound()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var association = new Organisation { Name = "Les Amis de Pirou", Kind = OrganisationKind.MemberAssociation };
        var site = new Site { Name = "Château de Pirou", Commune = "Pirou", AssociationId = association.Id };
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RempartDbContext>>().CreateDbContextAsync())
        {
            db.AddRange(association, site);
            await db.SaveChangesAsync();
        }
        var photo = (await app.Services.GetRequiredService<ManagePhotos>()
            .AddAsync(PhotoOwner.Site, site.Id, "pirou.png", new MemoryStream(TestImages.Png), "Le château", ProgrammeFixtures.Staff)).Photo!;
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/photos/{photo.Id}");
        var missing = await client.GetAsync($"/photos/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestImages.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
