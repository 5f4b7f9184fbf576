using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Requests to delete one's data, handled by anonymisation; and the payment deadline of registrations awaiting payment.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122090000_PersonalDataAndPaymentDelay")]
public sealed class PersonalDataAndPaymentDelay : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DeletionRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
                RequestedAt = table.Column<DateTime>(nullable: false),
                HandledAt = table.Column<DateTime>(nullable: true),
                HandledBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DeletionRequests", x => x.Id);
                table.ForeignKey(name: "FK_DeletionRequests_AspNetUsers_UserId", column: x => x.UserId,
                    principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DeletionRequests_UserId_HandledAt", table: "DeletionRequests", columns: ["UserId", "HandledAt"]);

        migrationBuilder.AddColumn<DateTime>(name: "PaymentDueAt", table: "Registrations", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "PaymentReminderSentAt", table: "Registrations", nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Registrations_Stage_PaymentDueAt", table: "Registrations", columns: ["Stage", "PaymentDueAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Registrations_Stage_PaymentDueAt", table: "Registrations");
        migrationBuilder.DropColumn(name: "PaymentReminderSentAt", table: "Registrations");
        migrationBuilder.DropColumn(name: "PaymentDueAt", table: "Registrations");
        migrationBuilder.DropTable(name: "DeletionRequests");
    }
}
