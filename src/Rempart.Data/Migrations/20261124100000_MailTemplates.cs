using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>The union's own texts for Rempart's e-mails (a missing row means the shipped default), and the right to edit them.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261124100000_MailTemplates")]
public sealed class MailTemplates : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MailTemplates",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 80, nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MailTemplates", x => x.Key));

        // Profiles created before this permission existed get it as a new installation would.
        foreach (var key in new[] { "super-admin", "staff" })
            migrationBuilder.Sql(
                $"""INSERT INTO "AspNetRoleClaims" ("RoleId", "ClaimType", "ClaimValue") SELECT "Id", 'rempart:permission', 'mail.templates' FROM "AspNetRoles" WHERE "BuiltInKey" = '{key}'""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DELETE FROM "AspNetRoleClaims" WHERE "ClaimType" = 'rempart:permission' AND "ClaimValue" = 'mail.templates'""");
        migrationBuilder.DropTable(name: "MailTemplates");
    }
}
