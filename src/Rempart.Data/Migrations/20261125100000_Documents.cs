using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>The docuthèque: folders and their grants, documents and their files' versions.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261125100000_Documents")]
public sealed class Documents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Folders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                OverridesGrants = table.Column<bool>(nullable: false),
                ArchiveAfterDays = table.Column<int>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Folders", x => x.Id);
                table.ForeignKey(name: "FK_Folders_Folders_ParentId", column: x => x.ParentId, principalTable: "Folders", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Folders_ParentId", table: "Folders", column: "ParentId");

        migrationBuilder.CreateTable(
            name: "FolderGrants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FolderId = table.Column<Guid>(nullable: false),
                Grantee = table.Column<string>(maxLength: 40, nullable: false),
                Profile = table.Column<string>(maxLength: 40, nullable: true),
                OrganisationId = table.Column<Guid>(nullable: true),
                GroupId = table.Column<Guid>(nullable: true),
                Right = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FolderGrants", x => x.Id);
                table.ForeignKey(name: "FK_FolderGrants_Folders_FolderId", column: x => x.FolderId, principalTable: "Folders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_FolderGrants_FolderId", table: "FolderGrants", column: "FolderId");

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FolderId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Tags = table.Column<string>(maxLength: 500, nullable: false),
                AddedAt = table.Column<DateTime>(nullable: false),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                AuthorId = table.Column<Guid>(nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                ArchivedAt = table.Column<DateTime>(nullable: true),
                RestoredAt = table.Column<DateTime>(nullable: true),
                CurrentVersion = table.Column<int>(nullable: false),
                SearchState = table.Column<string>(maxLength: 40, nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Documents", x => x.Id);
                table.ForeignKey(name: "FK_Documents_Folders_FolderId", column: x => x.FolderId, principalTable: "Folders", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Documents_FolderId_ArchivedAt", table: "Documents", columns: ["FolderId", "ArchivedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Documents_SearchState", table: "Documents", column: "SearchState");

        migrationBuilder.CreateTable(
            name: "DocumentVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DocumentId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<Guid>(nullable: false),
                UploadedByName = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentVersions", x => x.Id);
                table.ForeignKey(name: "FK_DocumentVersions_Documents_DocumentId", column: x => x.DocumentId, principalTable: "Documents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DocumentVersions_DocumentId_Number", table: "DocumentVersions", columns: ["DocumentId", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DocumentVersions");
        migrationBuilder.DropTable(name: "Documents");
        migrationBuilder.DropTable(name: "FolderGrants");
        migrationBuilder.DropTable(name: "Folders");
    }
}
