using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rempart.Data.Database;
using Rempart.Data.Documents;
using Rempart.Domain.Accounts;
using Rempart.Domain.Documents;
using Rempart.Domain.Organisations;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Documents;

/// <summary>The docuthèque's operations on a real database, a real folder and the real search index of that database, with two associations.</summary>
internal sealed class DocumentsFixture(TestDatabase database, StorageOptions storage, ManualClock clock, int maxMegabytes, string ocrCommand) : IAsyncDisposable
{
    public TestDatabase Database => database;
    public ManualClock Clock => clock;
    public Organisation A { get; } = new() { Name = $"Association A {Guid.NewGuid():N}", Kind = OrganisationKind.MemberAssociation };
    public Organisation B { get; } = new() { Name = $"Association B {Guid.NewGuid():N}", Kind = OrganisationKind.MemberAssociation };
    public Actor Staff { get; } = TestActors.Holding(Guid.NewGuid(), "Camille (Union)", null, ProfileKind.Staff);
    public Actor ManagerA => TestActors.Holding(Guid.NewGuid(), "Gestionnaire A", A.Id, ProfileKind.AssociationManager);
    public Actor ManagerB => TestActors.Holding(Guid.NewGuid(), "Gestionnaire B", B.Id, ProfileKind.AssociationManager);

    // The index the application uses with this database: FTS5 in the data folder, or PostgreSQL's own.
    private readonly IDocumentSearchIndex index = database.Provider == DatabaseProvider.Postgres
        ? new PostgresDocumentIndex(database.Settings) : new DocumentSearchIndex(storage);
    private IOptions<DocumentOptions> Options => Microsoft.Extensions.Options.Options.Create(new DocumentOptions { MaxMegabytes = maxMegabytes, OcrCommand = ocrCommand });
    public DocumentFiles Files => new(storage, Options);
    public IDocumentSearchIndex Index => index;
    public SaveFolder SaveFolder => new(database.Contexts, clock);
    public DeleteFolder DeleteFolder => new(database.Contexts);
    public ListFolders ListFolders => new(database.Contexts);
    public ReadFolder ReadFolder => new(database.Contexts);
    public AddDocuments Add => new(database.Contexts, Files, clock);
    public GetDocument Get => new(database.Contexts);
    public UpdateDocument Update => new(database.Contexts, clock);
    public ReplaceDocumentFile Replace => new(database.Contexts, Files, clock);
    public DeleteDocument Delete => new(database.Contexts, Files, index);
    public OpenDocumentFile Open => new(database.Contexts, Files);
    public ArchiveDueDocuments ArchiveDue => new(database.Contexts, clock);
    public IndexDocuments Indexer => new(database.Contexts, Files, new ExtractDocumentText(Options, NullLogger<ExtractDocumentText>.Instance), index);
    public SearchDocuments Search => new(database.Contexts, index);

    // The OCR tool is by default one that does not exist, as on a server without it.
    public static async Task<DocumentsFixture> CreateAsync(DatabaseProvider provider, int maxMegabytes = 2, string ocrCommand = "rempart-no-such-ocr")
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var fixture = new DocumentsFixture(database, new StorageOptions { Root = TestEnvironment.NewTempFolder("rempart-documents") }, new ManualClock(), maxMegabytes, ocrCommand);
        await using var db = database.CreateContext();
        db.Organisations.AddRange(fixture.A, fixture.B);
        await db.SaveChangesAsync();
        return fixture;
    }

    public async Task<Guid> FolderAsync(string name, Guid? parent = null, bool overrides = false, int? archiveAfterDays = null, params GrantDraft[] grants)
    {
        var (folder, errors) = await SaveFolder.ExecuteAsync(new FolderDraft(null, parent, name, null, archiveAfterDays, overrides, grants), Staff);
        Assert.Empty(errors);
        return folder!.Id;
    }

    public async Task<Guid> DocumentAsync(Guid folder, string fileName, byte[] content, string? title = null, string? tags = null, string? description = null)
    {
        var added = Assert.Single((await Add.ExecuteAsync(folder, [Upload(fileName, content)], Staff))!);
        Assert.Null(added.Refusal);
        if (title is not null || tags is not null || description is not null)
            Assert.Empty(await Update.ExecuteAsync(added.DocumentId!.Value, new DocumentDraft(title ?? Path.GetFileNameWithoutExtension(fileName), description, tags, null, folder), Staff));
        return added.DocumentId!.Value;
    }

    public static DocumentUpload Upload(string fileName, byte[] content) => new(fileName, () => new MemoryStream(content));

    public static GrantDraft ReadFor(Organisation organisation) => new(GranteeKind.Organisation, null, organisation.Id, null, DocumentRight.Read);

    public static GrantDraft ReadForEveryManager => new(GranteeKind.Profile, ProfileKind.AssociationManager, null, null, DocumentRight.Read);

    public string UploadsFolder => Files.Folder;

    public async ValueTask DisposeAsync() => await database.DisposeAsync();
}
