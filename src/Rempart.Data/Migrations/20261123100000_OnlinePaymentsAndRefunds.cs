using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Online payments (the provider's id, its checkout page, when its status changed) and refunds.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261123100000_OnlinePaymentsAndRefunds")]
public sealed class OnlinePaymentsAndRefunds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "ProviderId", table: "Payments", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "CheckoutUrl", table: "Payments", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "StatusChangedAt", table: "Payments", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Payments_ProviderId", table: "Payments", column: "ProviderId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Payments_Status", table: "Payments", column: "Status");

        migrationBuilder.CreateTable(
            name: "Refunds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PaymentId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(precision: 10, scale: 2, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                ProviderId = table.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RefundedAt = table.Column<DateTime>(nullable: true),
                RecordedBy = table.Column<Guid>(nullable: true),
                CreditNoteId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Refunds", x => x.Id);
                table.ForeignKey(name: "FK_Refunds_Payments_PaymentId", column: x => x.PaymentId,
                    principalTable: "Payments", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Refunds_Invoices_CreditNoteId", column: x => x.CreditNoteId,
                    principalTable: "Invoices", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Refunds_PaymentId", table: "Refunds", column: "PaymentId");
        migrationBuilder.CreateIndex(name: "IX_Refunds_CreditNoteId", table: "Refunds", column: "CreditNoteId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Refunds");
        migrationBuilder.DropIndex(name: "IX_Payments_Status", table: "Payments");
        migrationBuilder.DropIndex(name: "IX_Payments_ProviderId", table: "Payments");
        migrationBuilder.DropColumn(name: "StatusChangedAt", table: "Payments");
        migrationBuilder.DropColumn(name: "CheckoutUrl", table: "Payments");
        migrationBuilder.DropColumn(name: "ProviderId", table: "Payments");
    }
}
