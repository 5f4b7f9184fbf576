using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// The programming tool: descriptions, audiences, registration dates, leaders, and the version
/// columns that stop two people from silently overwriting each other's changes.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122010000_ProgrammingTool")]
public sealed class ProgrammingTool : Migration
{
    // Existing rows need a value for the new non-null columns; a save gives them their own.
    private static readonly DateTime MigratedAt = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Address", table: "Sites", maxLength: 300, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Description", table: "Sites", maxLength: 4000, nullable: true);
        AddTracking(migrationBuilder, "Sites");

        migrationBuilder.AddColumn<string>(name: "Audience", table: "Worksites", maxLength: 40, nullable: false, defaultValue: "Adults");
        migrationBuilder.AddColumn<string>(name: "Languages", table: "Worksites", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Accommodation", table: "Worksites", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Status", table: "Worksites", maxLength: 40, nullable: false, defaultValue: "Active");
        AddTracking(migrationBuilder, "Worksites");

        migrationBuilder.AddColumn<DateOnly>(name: "RegistrationOpens", table: "Sessions", nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "RegistrationCloses", table: "Sessions", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PracticalInformation", table: "Sessions", maxLength: 4000, nullable: true);
        AddTracking(migrationBuilder, "Sessions");

        migrationBuilder.CreateTable(
            name: "Leaders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FirstName = table.Column<string>(maxLength: 100, nullable: false),
                LastName = table.Column<string>(maxLength: 100, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                Phone = table.Column<string>(maxLength: 40, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Leaders", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SessionLeaders",
            columns: table => new
            {
                SessionId = table.Column<Guid>(nullable: false),
                LeaderId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionLeaders", x => new { x.SessionId, x.LeaderId });
                table.ForeignKey(
                    name: "FK_SessionLeaders_Leaders_LeaderId",
                    column: x => x.LeaderId,
                    principalTable: "Leaders",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_SessionLeaders_Sessions_SessionId",
                    column: x => x.SessionId,
                    principalTable: "Sessions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Leaders_LastName_FirstName", table: "Leaders", columns: ["LastName", "FirstName"]);
        migrationBuilder.CreateIndex(name: "IX_SessionLeaders_LeaderId", table: "SessionLeaders", column: "LeaderId");
        migrationBuilder.CreateIndex(name: "IX_Sites_Name", table: "Sites", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_Worksites_Title", table: "Worksites", column: "Title");
    }

    private static void AddTracking(MigrationBuilder migrationBuilder, string table)
    {
        migrationBuilder.AddColumn<Guid>(name: "Version", table: table, nullable: false, defaultValue: Guid.Empty);
        migrationBuilder.AddColumn<DateTime>(name: "UpdatedAt", table: table, nullable: false, defaultValue: MigratedAt);
        migrationBuilder.AddColumn<string>(name: "UpdatedBy", table: table, maxLength: 256, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SessionLeaders");
        migrationBuilder.DropTable(name: "Leaders");
        migrationBuilder.DropIndex(name: "IX_Sites_Name", table: "Sites");
        migrationBuilder.DropIndex(name: "IX_Worksites_Title", table: "Worksites");
        foreach (var column in new[] { "Address", "Description", "Version", "UpdatedAt", "UpdatedBy" })
            migrationBuilder.DropColumn(name: column, table: "Sites");
        foreach (var column in new[] { "Audience", "Languages", "Accommodation", "Status", "Version", "UpdatedAt", "UpdatedBy" })
            migrationBuilder.DropColumn(name: column, table: "Worksites");
        foreach (var column in new[] { "RegistrationOpens", "RegistrationCloses", "PracticalInformation", "Version", "UpdatedAt", "UpdatedBy" })
            migrationBuilder.DropColumn(name: column, table: "Sessions");
    }
}
