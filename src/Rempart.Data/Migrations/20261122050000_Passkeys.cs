using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Passkeys (WebAuthn credentials), in Identity's own table; their data is one JSON column.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122050000_Passkeys")]
public sealed class Passkeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // PostgreSQL stores EF's JSON columns as jsonb; SQLite as text.
        var json = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "jsonb" : null;
        migrationBuilder.CreateTable(
            name: "AspNetUserPasskeys",
            columns: table => new
            {
                CredentialId = table.Column<byte[]>(maxLength: 1024, nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Data = table.Column<string>(type: json, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserPasskeys", x => x.CredentialId);
                table.ForeignKey(name: "FK_AspNetUserPasskeys_AspNetUsers_UserId", column: x => x.UserId,
                    principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AspNetUserPasskeys_UserId", table: "AspNetUserPasskeys", column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AspNetUserPasskeys");
}
