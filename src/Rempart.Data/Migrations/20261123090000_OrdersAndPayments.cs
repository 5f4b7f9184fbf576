using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Orders placed from a registration (billed to whom, replaced before payment) and the payments that settle them.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261123090000_OrdersAndPayments")]
public sealed class OrdersAndPayments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "BilledTo", table: "Orders", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "BilledAddress", table: "Orders", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "ReplacedAt", table: "Orders", nullable: true);

        migrationBuilder.CreateTable(
            name: "Payments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrderId = table.Column<Guid>(nullable: false),
                Method = table.Column<string>(maxLength: 40, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                Amount = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
                PayerName = table.Column<string>(maxLength: 200, nullable: false),
                Reference = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                PaidAt = table.Column<DateTime>(nullable: true),
                RecordedBy = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Payments", x => x.Id);
                table.ForeignKey(name: "FK_Payments_Orders_OrderId", column: x => x.OrderId,
                    principalTable: "Orders", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Payments_OrderId", table: "Payments", column: "OrderId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Payments");
        migrationBuilder.DropColumn(name: "ReplacedAt", table: "Orders");
        migrationBuilder.DropColumn(name: "BilledAddress", table: "Orders");
        migrationBuilder.DropColumn(name: "BilledTo", table: "Orders");
    }
}
