using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Our own lockout counters, account deactivation, and the audit log.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122030000_SignInSecurity")]
public sealed class SignInSecurity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "IsActive", table: "AspNetUsers", nullable: false, defaultValue: true);
        migrationBuilder.AddColumn<int>(name: "FailedSignIns", table: "AspNetUsers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "LockedUntil", table: "AspNetUsers", nullable: true);

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Event = table.Column<string>(maxLength: 40, nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                IpAddress = table.Column<string>(maxLength: 64, nullable: true),
                Details = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_UserId_At", table: "AuditEntries", columns: ["UserId", "At"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropColumn(name: "IsActive", table: "AspNetUsers");
        migrationBuilder.DropColumn(name: "FailedSignIns", table: "AspNetUsers");
        migrationBuilder.DropColumn(name: "LockedUntil", table: "AspNetUsers");
    }
}
