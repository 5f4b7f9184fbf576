using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Background exports: what was asked, how far it got, the file made.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261123110000_ExportFiles")]
public sealed class ExportFiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ExportFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                List = table.Column<string>(maxLength: 40, nullable: false),
                Format = table.Column<string>(maxLength: 10, nullable: false),
                Query = table.Column<string>(maxLength: 1000, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                Progress = table.Column<int>(nullable: false),
                Rows = table.Column<int>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: true),
                Error = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                FinishedAt = table.Column<DateTime>(nullable: true),
                ExpiresAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ExportFiles", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ExportFiles_OwnerId_CreatedAt", table: "ExportFiles", columns: ["OwnerId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_ExportFiles_Status", table: "ExportFiles", column: "Status");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ExportFiles");
}
