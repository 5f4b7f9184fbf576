using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>A product's own revenue account for the journal, copied onto each order line when ordered.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261124090000_ProductAccounts")]
public sealed class ProductAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Account", table: "Products", maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Account", table: "OrderLines", maxLength: 20, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Account", table: "OrderLines");
        migrationBuilder.DropColumn(name: "Account", table: "Products");
    }
}
