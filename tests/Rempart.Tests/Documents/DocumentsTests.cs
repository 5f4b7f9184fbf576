using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Documents;
using Rempart.Domain.Documents;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Documents;

/// <summary>The docuthèque on a real database, folder and index: rights in the search, extraction from real files, archives, versions, hostile uploads.</summary>
public sealed class DocumentsTests
{
    [Theory, DatabaseData]
    public async Task AManagerOfA_NeverFindsBsPrivateDocuments_ByBrowsingOrBySearch(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var union = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var privateA = await f.FolderAsync("Privé A", union, overrides: true, grants: DocumentsFixture.ReadFor(f.A));
        var privateB = await f.FolderAsync("Privé B", union, overrides: true, grants: DocumentsFixture.ReadFor(f.B));
        var common = await f.DocumentAsync(union, "charte.txt", TestFiles.Text("La charte des chantiers de bénévoles."), title: "Charte des chantiers");
        var ofA = await f.DocumentAsync(privateA, "budget-a.txt", TestFiles.Text("Budget prévisionnel des chantiers de A."), title: "Budget A");
        var ofB = await f.DocumentAsync(privateB, "budget-b.txt", TestFiles.Text("Budget prévisionnel des chantiers de B, confidentiel."), title: "Budget B");
        Assert.Equal(3, await f.Indexer.ExecuteAsync());

        var managerA = f.ManagerA;
        var found = await f.Search.ExecuteAsync(new DocumentSearch("budget chantiers"), managerA);
        Assert.Equal([ofA], found.Hits.Select(h => h.DocumentId));
        Assert.Equal(1, found.Total);
        Assert.Equal(new[] { common, ofA }.Order(), (await f.Search.ExecuteAsync(new DocumentSearch("chantiers"), managerA)).Hits.Select(h => h.DocumentId).Order());
        // Asking for B's folder by name changes nothing.
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("confidentiel", FolderId: privateB), managerA)).Hits);
        Assert.Null(await f.ReadFolder.ExecuteAsync(privateB, false, managerA));
        Assert.Null(await f.Get.ExecuteAsync(ofB, managerA));
        Assert.Null(await f.Open.ExecuteAsync(ofB, null, managerA));
        Assert.DoesNotContain(await f.ListFolders.ExecuteAsync(managerA), e => e.Id == privateB);
        // Reading is not managing.
        Assert.Null(await f.Add.ExecuteAsync(privateA, [DocumentsFixture.Upload("x.txt", TestFiles.Text("x"))], managerA));
        Assert.NotEmpty(await f.Update.ExecuteAsync(ofA, new DocumentDraft("Nouveau titre", null, null, null, privateA), managerA));
        Assert.NotNull(await f.Delete.ExecuteAsync(ofA, managerA));
        // Nobody signed in, and a volunteer, find nothing.
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("chantiers"), null)).Hits);
        Assert.Equal(3, (await f.Search.ExecuteAsync(new DocumentSearch("chantiers"), f.Staff)).Total);
    }

    [Theory, DatabaseData]
    public async Task RealPdfDocxOdtAndText_AreReadIntoTheIndex_WithAccentsFoldedPrefixesAndHighlightedSnippets(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var folder = await f.FolderAsync("Technique", grants: DocumentsFixture.ReadForEveryManager);
        var pdf = await f.DocumentAsync(folder, "cr.pdf", TestFiles.Pdf("Compte rendu", "Le niveau d'eau est très élevé dans les douves du château."));
        var docx = await f.DocumentAsync(folder, "note.docx", TestFiles.Docx("Note technique", "Restauration de la courtine nord à la chaux."));
        var odt = await f.DocumentAsync(folder, "ordre.odt", TestFiles.Odt("Ordre du jour", "Échafaudage et sécurité sur le chantier."));
        var text = await f.DocumentAsync(folder, "liste.txt", TestFiles.Text("Liste du matériel : truelles, seaux, gants."));
        var image = await f.DocumentAsync(folder, "photo.png", Messaging.MessagingFixture.Png, title: "Photo des douves", tags: "douves, photo");
        Assert.Equal(5, await f.Indexer.ExecuteAsync());
        await using (var db = f.Database.CreateContext())
        {
            Assert.Equal(SearchState.NotSearchable, (await db.Documents.SingleAsync(d => d.Id == image)).SearchState);
            Assert.Equal(4, await db.Documents.CountAsync(d => d.FolderId == folder && d.SearchState == SearchState.Indexed));
        }
        var staff = f.Staff;

        async Task<IReadOnlyList<Guid>> Find(string words) => (await f.Search.ExecuteAsync(new DocumentSearch(words), staff)).Hits.Select(h => h.DocumentId).ToList();
        Assert.Equal([pdf], await Find("eleve"));
        Assert.Equal([docx], await Find("restau courtine"));
        Assert.Equal([odt], await Find("echafaudage"));
        Assert.Equal([text], await Find("TRUELLES"));
        // Found by its tags and title although its file has no words.
        Assert.Equal(image, (await Find("douves")).First());
        var hit = (await f.Search.ExecuteAsync(new DocumentSearch("élevé"), staff)).Hits.Single();
        Assert.Contains("<mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("douves", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task ATitle_RanksAboveABody_AndFiltersNarrowByFolderDateAndArchive(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var root = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var sub = await f.FolderAsync("Comités", root);
        var inBody = await f.DocumentAsync(root, "a.txt", TestFiles.Text("Ce texte parle longuement de mortier, de mortier de chaux et encore de mortier."), title: "Rapport annuel");
        f.Clock.Advance(TimeSpan.FromDays(10));
        var inTitle = await f.DocumentAsync(sub, "b.txt", TestFiles.Text("Rien à voir."), title: "Mortier");
        await f.Indexer.ExecuteAsync();
        var manager = f.ManagerA;

        Assert.Equal([inTitle, inBody], (await f.Search.ExecuteAsync(new DocumentSearch("mortier"), manager)).Hits.Select(h => h.DocumentId));
        Assert.Equal([inTitle], (await f.Search.ExecuteAsync(new DocumentSearch("mortier", FolderId: sub), manager)).Hits.Select(h => h.DocumentId));
        var added = DateOnly.FromDateTime(f.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal([inTitle], (await f.Search.ExecuteAsync(new DocumentSearch("mortier", From: added), manager)).Hits.Select(h => h.DocumentId));
        Assert.Equal([inBody], (await f.Search.ExecuteAsync(new DocumentSearch("mortier", To: added.AddDays(-1)), manager)).Hits.Select(h => h.DocumentId));
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("mortier", ByPublication: true, From: added.AddYears(-1)), manager)).Hits);
        Assert.NotNull((await f.Search.ExecuteAsync(new DocumentSearch("mortier", From: added, To: added.AddDays(-1)), manager)).Message);

        Assert.Null(await f.Update.ArchiveAsync(inBody, true, f.Staff));
        await f.Indexer.ExecuteAsync();
        Assert.Equal([inBody], (await f.Search.ExecuteAsync(new DocumentSearch("mortier", Archive: ArchiveFilter.Archived), manager)).Hits.Select(h => h.DocumentId));
        Assert.Equal([inTitle], (await f.Search.ExecuteAsync(new DocumentSearch("mortier", Archive: ArchiveFilter.Current), manager)).Hits.Select(h => h.DocumentId));
        Assert.Equal(2, (await f.Search.ExecuteAsync(new DocumentSearch("mortier"), manager)).Total);
    }

    [Theory, DatabaseData]
    public async Task HostileInput_NeverBreaksTheSearch(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var folder = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        await f.DocumentAsync(folder, "a.txt", TestFiles.Text("La restauration du château de Guédelon."));
        await f.Indexer.ExecuteAsync();
        foreach (var typed in new[] { "\"château", "château\" OR \"", "NEAR(château", "château*^", "🏰🏰", "-château", "title:château", "château AND", new string('é', 10_000), string.Join(" ", Enumerable.Repeat("château", 3000)) })
        {
            var results = await f.Search.ExecuteAsync(new DocumentSearch(typed), f.Staff);
            Assert.True(results.Message is not null || results.Hits.Count >= 0, typed[..Math.Min(typed.Length, 20)]);
        }
        Assert.Single((await f.Search.ExecuteAsync(new DocumentSearch("\"château\" OR NOT"), f.Staff)).Hits, h => h.Title == "a");
        Assert.Equal("Tapez au moins un mot (lettres ou chiffres).", (await f.Search.ExecuteAsync(new DocumentSearch("🏰 \"* ()"), f.Staff)).Message);
    }

    [Theory, DatabaseData]
    public async Task MaliciousUploads_AreRefused_AndLeaveNothing_WhileTheGoodFilesOfTheSameDropAreKept(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider, maxMegabytes: 1);
        var folder = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var results = await f.Add.ExecuteAsync(folder,
        [
            DocumentsFixture.Upload("facture.pdf", TestFiles.Executable()),
            DocumentsFixture.Upload("logo.svg", TestFiles.SvgWithScript()),
            DocumentsFixture.Upload("logo.txt", TestFiles.SvgWithScript()),
            DocumentsFixture.Upload("archive.docx", TestFiles.Zip()),
            DocumentsFixture.Upload("énorme.pdf", [.. TestFiles.Pdf("x", "y"), .. new byte[1024 * 1024]]),
            DocumentsFixture.Upload("vide.pdf", []),
            DocumentsFixture.Upload("bon.pdf", TestFiles.Pdf("Bon", "Un bon document.")),
        ], f.Staff);
        Assert.Equal(7, results!.Count);
        Assert.Contains("programme", results[0].Refusal, StringComparison.Ordinal);
        Assert.Contains("format accepté", results[1].Refusal, StringComparison.Ordinal);
        Assert.Contains("format accepté", results[2].Refusal, StringComparison.Ordinal);
        Assert.Contains("archive", results[3].Refusal, StringComparison.Ordinal);
        Assert.Contains("dépasse 1 Mo", results[4].Refusal, StringComparison.Ordinal);
        Assert.Contains("vide", results[5].Refusal, StringComparison.Ordinal);
        Assert.Null(results[6].Refusal);
        await using var db = f.Database.CreateContext();
        Assert.Equal(1, await db.Documents.CountAsync(d => d.FolderId == folder));
        Assert.Equal([results[6].DocumentId!.Value], await db.Documents.Where(d => d.FolderId == folder).Select(d => d.Id).ToListAsync());
        Assert.Single(Directory.GetFiles(f.UploadsFolder));
    }

    [Theory, DatabaseData]
    public async Task TheDailyJob_ArchivesAfterTheFoldersDays_ARestoredDocumentStaysAnotherPeriod_AndZeroMeansNever(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var minutes = await f.FolderAsync("Comptes rendus", grants: DocumentsFixture.ReadForEveryManager);
        var forever = await f.FolderAsync("Statuts", archiveAfterDays: 0, grants: DocumentsFixture.ReadForEveryManager);
        var quick = await f.FolderAsync("Brèves", archiveAfterDays: 7, grants: DocumentsFixture.ReadForEveryManager);
        var report = await f.DocumentAsync(minutes, "cr.txt", TestFiles.Text("Compte rendu du comité."));
        var statutes = await f.DocumentAsync(forever, "statuts.txt", TestFiles.Text("Statuts de l'association."));
        var brief = await f.DocumentAsync(quick, "breve.txt", TestFiles.Text("Brève du jour."));

        f.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await f.ArchiveDue.ExecuteAsync());
        f.Clock.Advance(TimeSpan.FromDays(82));
        Assert.Equal(1, await f.ArchiveDue.ExecuteAsync());
        Assert.Equal(0, await f.ArchiveDue.ExecuteAsync());
        var view = (await f.ReadFolder.ExecuteAsync(minutes, archived: false, f.ManagerA))!;
        Assert.Empty(view.Documents);
        Assert.Equal(1, view.ArchivedCount);
        Assert.Equal([report], (await f.ReadFolder.ExecuteAsync(minutes, archived: true, f.ManagerA))!.Documents.Select(d => d.Id));
        Assert.Equal([statutes], (await f.ReadFolder.ExecuteAsync(forever, archived: false, f.ManagerA))!.Documents.Select(d => d.Id));
        await f.Indexer.ExecuteAsync();
        Assert.Equal([report], (await f.Search.ExecuteAsync(new DocumentSearch("comité", Archive: ArchiveFilter.Archived), f.ManagerA)).Hits.Select(h => h.DocumentId));

        Assert.Null(await f.Update.ArchiveAsync(report, archived: false, f.Staff));
        Assert.Equal(0, await f.ArchiveDue.ExecuteAsync());
        f.Clock.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await f.ArchiveDue.ExecuteAsync());
        await using var db = f.Database.CreateContext();
        Assert.NotNull((await db.Documents.SingleAsync(d => d.Id == brief)).ArchivedAt);
        Assert.Null((await db.Documents.SingleAsync(d => d.Id == statutes)).ArchivedAt);
    }

    [Theory, DatabaseData]
    public async Task ANewVersion_ReplacesTheFile_KeepsTheEarlierOnes_AndTheIndexReadsTheNewText(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var folder = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var document = await f.DocumentAsync(folder, "planning.txt", TestFiles.Text("Planning de juillet."));
        await f.Indexer.ExecuteAsync();
        f.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains("format accepté", await f.Replace.ExecuteAsync(document, DocumentsFixture.Upload("planning.txt", TestFiles.SvgWithScript()), f.Staff), StringComparison.Ordinal);
        Assert.Null(await f.Replace.ExecuteAsync(document, DocumentsFixture.Upload("planning-v2.pdf", TestFiles.Pdf("Planning", "Planning d'août.")), f.Staff));
        await f.Indexer.ExecuteAsync();

        var detail = (await f.Get.ExecuteAsync(document, f.ManagerA))!;
        Assert.Equal([2, 1], detail.Versions.Select(v => v.Number));
        Assert.Equal("planning-v2.pdf", detail.Versions[0].FileName);
        Assert.Equal("application/pdf", (await f.Open.ExecuteAsync(document, null, f.ManagerA))!.Value.File.ContentType);
        Assert.Equal("Planning de juillet.", await File.ReadAllTextAsync((await f.Open.ExecuteAsync(document, 1, f.ManagerA))!.Value.File.Path));
        Assert.Single((await f.Search.ExecuteAsync(new DocumentSearch("août"), f.ManagerA)).Hits);
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("juillet"), f.ManagerA)).Hits);

        Assert.Null(await f.Delete.ExecuteAsync(document, f.Staff));
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("août"), f.ManagerA)).Hits);
        Assert.Empty(Directory.GetFiles(f.UploadsFolder));
        var parent = await f.FolderAsync("Parent");
        var child = await f.FolderAsync("Enfant", parent);
        Assert.Contains("pas vide", await f.DeleteFolder.ExecuteAsync(parent, f.Staff), StringComparison.Ordinal);
        Assert.NotNull(await f.DeleteFolder.ExecuteAsync(child, f.ManagerA));
        Assert.Null(await f.DeleteFolder.ExecuteAsync(child, f.Staff));
        Assert.Null(await f.DeleteFolder.ExecuteAsync(parent, f.Staff));
    }

    [Theory, DatabaseData]
    public async Task AScanWithoutText_IsFlaggedNotSearchable_WhenNoOcrIsInstalled_AndStillFoundByItsTitle(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var folder = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var scan = await f.DocumentAsync(folder, "scan.pdf", TestFiles.PdfWithoutText(), title: "Procès-verbal signé");
        Assert.Equal(1, await f.Indexer.ExecuteAsync());
        await using (var db = f.Database.CreateContext())
            Assert.Equal(SearchState.NotSearchable, (await db.Documents.SingleAsync(d => d.Id == scan)).SearchState);
        Assert.Equal([scan], (await f.Search.ExecuteAsync(new DocumentSearch("proces verbal"), f.ManagerA)).Hits.Select(h => h.DocumentId));
    }

    [Theory, DatabaseData]
    public async Task StaffsSearch_AlsoFindsSitesWorksitesSessionsAndVolunteers_AndNobodyElses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var programme = await Programming.ProgrammeFixtures.CreateAsync(database);
        var domain = await Mail.CampaignOutboxTests.RegisterAsync(database, programme, "2027-07-05", ("Gwendoline", Domain.Registrations.RegistrationStage.Confirmed));
        var search = new Data.Search.SearchProgramme(database.Contexts);

        var found = await search.ExecuteAsync("guédelon", Programming.ProgrammeFixtures.Staff);
        Assert.Contains(found, i => i.Kind == Data.Search.FoundKind.Site && i.Id == programme.Site.Id);
        Assert.Contains(found, i => i.Kind == Data.Search.FoundKind.Worksite && i.Id == programme.Worksite.Id);
        Assert.Contains(found, i => i.Kind == Data.Search.FoundKind.Session);
        // Accents aside, as people type in a hurry.
        Assert.Contains(await search.ExecuteAsync("GUEDELON", Programming.ProgrammeFixtures.Staff), i => i.Kind == Data.Search.FoundKind.Site && i.Id == programme.Site.Id);
        var person = Assert.Single(await search.ExecuteAsync("GWENDO martin", Programming.ProgrammeFixtures.Staff));
        Assert.Equal((Data.Search.FoundKind.Volunteer, $"gwendoline{domain}"), (person.Kind, person.Detail));
        Assert.Empty(await search.ExecuteAsync("guédelon", programme.ManagerOf(programme.Association)));
        Assert.Empty(await search.ExecuteAsync("\" \"", Programming.ProgrammeFixtures.Staff));
    }

    [Theory, DatabaseData]
    public async Task ChangingAFoldersRights_ReindexesItsDocuments_AndARevokedReaderLosesThemAtOnce(DatabaseProvider provider)
    {
        await using var f = await DocumentsFixture.CreateAsync(provider);
        var root = await f.FolderAsync("Union", grants: DocumentsFixture.ReadFor(f.A));
        var below = await f.FolderAsync("Sous-dossier", root);
        var document = await f.DocumentAsync(below, "note.txt", TestFiles.Text("Note sur la charpente."));
        await f.Indexer.ExecuteAsync();
        Assert.Single((await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerA)).Hits);
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerB)).Hits);

        // The root now opens to B instead of A: its subfolder's document is queued again.
        Assert.Empty((await f.SaveFolder.ExecuteAsync(new FolderDraft(root, null, "Union", null, null, true, [DocumentsFixture.ReadFor(f.B)]), f.Staff)).Errors);
        await using (var db = f.Database.CreateContext())
            Assert.Equal(SearchState.Pending, (await db.Documents.SingleAsync(d => d.Id == document)).SearchState);
        // Before the index has caught up, A already sees nothing: the database has the last word.
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerA)).Hits);
        await f.Indexer.ExecuteAsync();
        Assert.Empty((await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerA)).Hits);
        Assert.Equal(0, (await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerA)).Total);
        Assert.Single((await f.Search.ExecuteAsync(new DocumentSearch("charpente"), f.ManagerB)).Hits);
    }

    [Fact]
    public async Task AScannedPdf_IsReadThroughOcr_WhenOcrmypdfIsInstalled()
    {
        await using var f = await DocumentsFixture.CreateAsync(DatabaseProvider.Sqlite, maxMegabytes: 10, ocrCommand: "ocrmypdf");
        var folder = await f.FolderAsync("Union", grants: DocumentsFixture.ReadForEveryManager);
        var scan = await TestFiles.ScanAsync(TestFiles.Pdf("Compte rendu", "La charpente de la grange sera refaite en automne."));
        var document = await f.DocumentAsync(folder, "scan.pdf", scan, title: "Scan");
        Assert.Equal(1, await f.Indexer.ExecuteAsync());
        await using (var db = f.Database.CreateContext())
            Assert.Equal(SearchState.Indexed, (await db.Documents.SingleAsync(d => d.Id == document)).SearchState);
        Assert.Equal([document], (await f.Search.ExecuteAsync(new DocumentSearch("charpente grange"), f.ManagerA)).Hits.Select(h => h.DocumentId));
    }
}
