using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>The catalogue: products (generic or of one session) and their price rules; the permission to configure them.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122100000_Pricing")]
public sealed class Pricing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                SessionId = table.Column<Guid>(nullable: true),
                Mandatory = table.Column<bool>(nullable: false),
                ChoiceGroup = table.Column<string>(maxLength: 80, nullable: true),
                Position = table.Column<int>(nullable: false),
                Active = table.Column<bool>(nullable: false),
                MinimumAmount = table.Column<decimal>(precision: 10, scale: 2, nullable: true),
                MaximumAmount = table.Column<decimal>(precision: 10, scale: 2, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.ForeignKey(name: "FK_Products_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Products_SessionId", table: "Products", column: "SessionId");

        migrationBuilder.CreateTable(
            name: "PriceRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Price = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
                Label = table.Column<string>(maxLength: 120, nullable: false),
                SessionId = table.Column<Guid>(nullable: true),
                Category = table.Column<string>(maxLength: 40, nullable: true),
                Condition = table.Column<string>(maxLength: 40, nullable: false),
                MinimumAge = table.Column<int>(nullable: true),
                MaximumAge = table.Column<int>(nullable: true),
                From = table.Column<DateOnly>(nullable: true),
                Until = table.Column<DateOnly>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PriceRules", x => x.Id);
                table.ForeignKey(name: "FK_PriceRules_Products_ProductId", column: x => x.ProductId,
                    principalTable: "Products", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_PriceRules_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_PriceRules_ProductId", table: "PriceRules", column: "ProductId");
        migrationBuilder.CreateIndex(name: "IX_PriceRules_SessionId", table: "PriceRules", column: "SessionId");

        // Profiles created before this permission existed get it as a new installation would.
        foreach (var key in new[] { "super-admin", "staff" })
            migrationBuilder.Sql(
                $"""INSERT INTO "AspNetRoleClaims" ("RoleId", "ClaimType", "ClaimValue") SELECT "Id", 'rempart:permission', 'pricing.manage' FROM "AspNetRoles" WHERE "BuiltInKey" = '{key}'""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DELETE FROM "AspNetRoleClaims" WHERE "ClaimType" = 'rempart:permission' AND "ClaimValue" = 'pricing.manage'""");
        migrationBuilder.DropTable(name: "PriceRules");
        migrationBuilder.DropTable(name: "Products");
    }
}
