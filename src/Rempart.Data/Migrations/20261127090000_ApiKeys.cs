using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>The public API's keys (their hash, scopes and allowed origin) and the writes answered once per Idempotency-Key.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261127090000_ApiKeys")]
public sealed class ApiKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ApiKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Prefix = table.Column<string>(maxLength: 20, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                Scopes = table.Column<string>(maxLength: 200, nullable: false),
                AllowedOrigin = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 200, nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ApiKeys", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ApiKeys_Hash", table: "ApiKeys", column: "Hash", unique: true);

        migrationBuilder.CreateTable(
            name: "ApiIdempotentRequests",
            columns: table => new
            {
                ApiKeyId = table.Column<Guid>(nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 100, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<int>(nullable: true),
                Body = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiIdempotentRequests", x => new { x.ApiKeyId, x.IdempotencyKey });
                table.ForeignKey(name: "FK_ApiIdempotentRequests_ApiKeys_ApiKeyId", column: x => x.ApiKeyId, principalTable: "ApiKeys", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ApiIdempotentRequests");
        migrationBuilder.DropTable(name: "ApiKeys");
    }
}
