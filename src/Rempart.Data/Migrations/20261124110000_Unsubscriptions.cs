using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Addresses that receive no more campaigns.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261124110000_Unsubscriptions")]
public sealed class Unsubscriptions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "Unsubscriptions",
            columns: table => new
            {
                Email = table.Column<string>(maxLength: 256, nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Unsubscriptions", x => x.Email));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Unsubscriptions");
}
