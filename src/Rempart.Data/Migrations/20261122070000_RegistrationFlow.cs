using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// The registration's lifecycle: its stage and history, sessions that accept pre-registrations
/// automatically, and the volunteer's phone. Registrations made before keep their meaning: a kept
/// place was an accepted (or confirmed) registration, a cancelled or lapsed one was cancelled.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122070000_RegistrationFlow")]
public sealed class RegistrationFlow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "AcceptAutomatically", table: "Sessions", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "Phone", table: "Volunteers", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Stage", table: "Registrations", maxLength: 40, nullable: false, defaultValue: "PreRegistered");
        migrationBuilder.Sql("""
            UPDATE "Registrations" SET "Stage" = CASE "Status"
                WHEN 'Confirmed' THEN 'Confirmed'
                WHEN 'Held' THEN 'PreRegistered'
                ELSE 'CancelledByStaff' END
            """);
        migrationBuilder.CreateIndex(name: "IX_Registrations_Stage_CreatedAt", table: "Registrations", columns: ["Stage", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_Registrations_RegisteredBy", table: "Registrations", column: "RegisteredBy");

        migrationBuilder.CreateTable(
            name: "RegistrationHistory",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(maxLength: 40, nullable: true),
                To = table.Column<string>(maxLength: 40, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                By = table.Column<string>(maxLength: 200, nullable: false),
                ByUserId = table.Column<Guid>(nullable: true),
                Reason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RegistrationHistory", x => x.Id);
                table.ForeignKey(name: "FK_RegistrationHistory_Registrations_RegistrationId", column: x => x.RegistrationId,
                    principalTable: "Registrations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RegistrationHistory_RegistrationId_At", table: "RegistrationHistory", columns: ["RegistrationId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RegistrationHistory");
        migrationBuilder.DropIndex(name: "IX_Registrations_RegisteredBy", table: "Registrations");
        migrationBuilder.DropIndex(name: "IX_Registrations_Stage_CreatedAt", table: "Registrations");
        migrationBuilder.DropColumn(name: "Stage", table: "Registrations");
        migrationBuilder.DropColumn(name: "Phone", table: "Volunteers");
        migrationBuilder.DropColumn(name: "AcceptAutomatically", table: "Sessions");
    }
}
