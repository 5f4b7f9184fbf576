using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// The registration form: the volunteer's profile, what each session asks for, the registration's
/// motivation and consents, its documents; and the health permission for the built-in profiles that
/// review registrations.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122080000_RegistrationFile")]
public sealed class RegistrationFile : Migration
{
    private static readonly (string Name, int Length)[] VolunteerColumns =
    [
        ("Address", 300), ("PostalCode", 20), ("EmergencyContactName", 200), ("EmergencyContactPhone", 40),
        ("Diet", 300), ("Languages", 300), ("Skills", 1000),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, length) in VolunteerColumns)
            migrationBuilder.AddColumn<string>(name: name, table: "Volunteers", maxLength: length, nullable: true);

        migrationBuilder.AddColumn<bool>(name: "RequiresIdentityDocument", table: "Sessions", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "RequiresHealthForm", table: "Sessions", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>(name: "RequiredCertificate", table: "Sessions", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "MotivationRequired", table: "Sessions", nullable: false, defaultValue: false);

        migrationBuilder.AddColumn<string>(name: "Motivation", table: "Registrations", maxLength: 4000, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "FileSentAt", table: "Registrations", nullable: true);
        migrationBuilder.AddColumn<string>(name: "GuardianName", table: "Registrations", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "GuardianConsentAt", table: "Registrations", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "MinorConsentAt", table: "Registrations", nullable: true);

        migrationBuilder.CreateTable(
            name: "RegistrationDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                ReviewNote = table.Column<string>(maxLength: 500, nullable: true),
                ReviewedAt = table.Column<DateTime>(nullable: true),
                ReviewedBy = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RegistrationDocuments", x => x.Id);
                table.ForeignKey(name: "FK_RegistrationDocuments_Registrations_RegistrationId", column: x => x.RegistrationId,
                    principalTable: "Registrations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_RegistrationDocuments_RegistrationId_Kind", table: "RegistrationDocuments", columns: ["RegistrationId", "Kind"]);

        // Profiles created before this permission existed get it as a new installation would.
        foreach (var key in new[] { "super-admin", "staff", "association-manager" })
            migrationBuilder.Sql(
                $"""INSERT INTO "AspNetRoleClaims" ("RoleId", "ClaimType", "ClaimValue") SELECT "Id", 'rempart:permission', 'registrations.health' FROM "AspNetRoles" WHERE "BuiltInKey" = '{key}'""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""DELETE FROM "AspNetRoleClaims" WHERE "ClaimType" = 'rempart:permission' AND "ClaimValue" = 'registrations.health'""");
        migrationBuilder.DropTable(name: "RegistrationDocuments");
        foreach (var column in new[] { "MinorConsentAt", "GuardianConsentAt", "GuardianName", "FileSentAt", "Motivation" })
            migrationBuilder.DropColumn(name: column, table: "Registrations");
        foreach (var column in new[] { "MotivationRequired", "RequiredCertificate", "RequiresHealthForm", "RequiresIdentityDocument" })
            migrationBuilder.DropColumn(name: column, table: "Sessions");
        foreach (var (name, _) in VolunteerColumns)
            migrationBuilder.DropColumn(name: name, table: "Volunteers");
    }
}
