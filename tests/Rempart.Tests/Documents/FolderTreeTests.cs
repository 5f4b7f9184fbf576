using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Documents;

/// <summary>
/// The folder tree is read again only when its version (kept by triggers in the database) moved:
/// every change, through the application or straight in the database as another server would make
/// it, is seen by the next read.
/// </summary>
public sealed class FolderTreeTests
{
    [Theory, DatabaseData]
    public async Task EveryChangeToAFolderOrItsRights_IsSeenByTheNextRead_EvenMadeByAnotherServer(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var folder = await f.FolderAsync("Comptes rendus", grants: DocumentsFixture.ReadFor(f.A));
        Assert.Equal(["Comptes rendus"], (await f.ListFolders.ExecuteAsync(f.ManagerA)).Select(e => e.Name));
        Assert.Empty(await f.ListFolders.ExecuteAsync(f.ManagerB));

        // Through the application: the folder now opens to B instead of A.
        Assert.Empty((await f.SaveFolder.ExecuteAsync(new Rempart.Data.Documents.FolderDraft(folder, null, "Comptes rendus", null, null, true, [DocumentsFixture.ReadFor(f.B)]), f.Staff)).Errors);
        Assert.Empty(await f.ListFolders.ExecuteAsync(f.ManagerA));
        Assert.Single(await f.ListFolders.ExecuteAsync(f.ManagerB));

        // Straight in the database (another server, a script): a renamed folder, a grant given back to A, then one taken.
        await using (var db = f.Database.CreateContext())
        {
            await db.Folders.Where(x => x.Id == folder).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Procès-verbaux"));
            Assert.Equal(["Procès-verbaux"], (await f.ListFolders.ExecuteAsync(f.ManagerB)).Select(e => e.Name));
            var grant = await db.FolderGrants.AsNoTracking().SingleAsync(g => g.FolderId == folder);
            await db.FolderGrants.Where(g => g.Id == grant.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.OrganisationId, f.A.Id));
            Assert.Single(await f.ListFolders.ExecuteAsync(f.ManagerA));
            Assert.Empty(await f.ListFolders.ExecuteAsync(f.ManagerB));
            await db.FolderGrants.Where(g => g.FolderId == folder).ExecuteDeleteAsync();
            Assert.Empty(await f.ListFolders.ExecuteAsync(f.ManagerA));
        }
    }
}
