using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Orders (lines copied from the basket), invoices and credit notes, and the per-year counters that number them without gaps.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122110000_Invoicing")]
public sealed class Invoicing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Total = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Orders", x => x.Id);
                table.ForeignKey(name: "FK_Orders_Registrations_RegistrationId", column: x => x.RegistrationId,
                    principalTable: "Registrations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Orders_RegistrationId", table: "Orders", column: "RegistrationId");

        migrationBuilder.CreateTable(
            name: "OrderLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                ProductId = table.Column<Guid>(nullable: true),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Label = table.Column<string>(maxLength: 120, nullable: false),
                Why = table.Column<string>(maxLength: 500, nullable: false),
                Amount = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", x => x.Id);
                table.ForeignKey(name: "FK_OrderLines_Orders_OrderId", column: x => x.OrderId,
                    principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_OrderLines_OrderId", table: "OrderLines", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "Invoices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Year = table.Column<int>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Number = table.Column<string>(maxLength: 30, nullable: false),
                IssuedAt = table.Column<DateTime>(nullable: false),
                Total = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
                CreditsInvoiceId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invoices", x => x.Id);
                table.ForeignKey(name: "FK_Invoices_Invoices_CreditsInvoiceId", column: x => x.CreditsInvoiceId,
                    principalTable: "Invoices", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Invoices_Orders_OrderId", column: x => x.OrderId,
                    principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Invoices_CreditsInvoiceId", table: "Invoices", column: "CreditsInvoiceId");
        migrationBuilder.CreateIndex(name: "IX_Invoices_Kind_Year_Sequence", table: "Invoices", columns: ["Kind", "Year", "Sequence"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Invoices_OrderId", table: "Invoices", column: "OrderId");

        migrationBuilder.CreateTable(
            name: "InvoiceCounters",
            columns: table => new
            {
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Year = table.Column<int>(nullable: false),
                Last = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_InvoiceCounters", x => new { x.Kind, x.Year }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "InvoiceCounters");
        migrationBuilder.DropTable(name: "Invoices");
        migrationBuilder.DropTable(name: "OrderLines");
        migrationBuilder.DropTable(name: "Orders");
    }
}
