using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Photos of sites and worksites (the files live in the data folder, not in the database).</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122020000_Photos")]
public sealed class Photos : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Photos",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerKind = table.Column<string>(maxLength: 40, nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                StoredName = table.Column<string>(maxLength: 80, nullable: false),
                ContentType = table.Column<string>(maxLength: 40, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                AltText = table.Column<string>(maxLength: 300, nullable: false),
                Position = table.Column<int>(nullable: false),
                IsCover = table.Column<bool>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Photos", x => x.Id);
            });
        migrationBuilder.CreateIndex(name: "IX_Photos_OwnerKind_OwnerId_Position", table: "Photos", columns: ["OwnerKind", "OwnerId", "Position"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Photos");
}
