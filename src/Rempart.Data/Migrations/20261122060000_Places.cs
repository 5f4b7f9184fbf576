using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Places: allocations to organisations and profiles, registrations holding or taking a place, waiting lists, and each session's history.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122060000_Places")]
public sealed class Places : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "OpenPoolForOrganisations", table: "Sessions", nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "Allocations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: true),
                ProfileId = table.Column<Guid>(nullable: true),
                Size = table.Column<int>(nullable: false),
                ReleaseDate = table.Column<DateOnly>(nullable: true),
                ReleasedAt = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Allocations", x => x.Id);
                table.ForeignKey(name: "FK_Allocations_AspNetRoles_ProfileId", column: x => x.ProfileId,
                    principalTable: "AspNetRoles", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Allocations_Organisations_OrganisationId", column: x => x.OrganisationId,
                    principalTable: "Organisations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Allocations_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Allocations_OrganisationId", table: "Allocations", column: "OrganisationId");
        migrationBuilder.CreateIndex(name: "IX_Allocations_ProfileId", table: "Allocations", column: "ProfileId");
        migrationBuilder.CreateIndex(name: "IX_Allocations_ReleasedAt_ReleaseDate", table: "Allocations", columns: ["ReleasedAt", "ReleaseDate"]);
        migrationBuilder.CreateIndex(name: "IX_Allocations_SessionId", table: "Allocations", column: "SessionId");

        migrationBuilder.CreateTable(
            name: "Registrations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                VolunteerId = table.Column<Guid>(nullable: false),
                AllocationId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                HeldUntil = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                RegisteredBy = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Registrations", x => x.Id);
                table.ForeignKey(name: "FK_Registrations_Allocations_AllocationId", column: x => x.AllocationId,
                    principalTable: "Allocations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Registrations_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Registrations_Volunteers_VolunteerId", column: x => x.VolunteerId,
                    principalTable: "Volunteers", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_Registrations_AllocationId", table: "Registrations", column: "AllocationId");
        migrationBuilder.CreateIndex(name: "IX_Registrations_SessionId_Status_HeldUntil", table: "Registrations", columns: ["SessionId", "Status", "HeldUntil"]);
        migrationBuilder.CreateIndex(name: "IX_Registrations_VolunteerId", table: "Registrations", column: "VolunteerId");

        migrationBuilder.CreateTable(
            name: "SessionEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Text = table.Column<string>(maxLength: 1000, nullable: false),
                By = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionEvents", x => x.Id);
                table.ForeignKey(name: "FK_SessionEvents_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_SessionEvents_SessionId_At", table: "SessionEvents", columns: ["SessionId", "At"]);

        migrationBuilder.CreateTable(
            name: "WaitingList",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                AllocationId = table.Column<Guid>(nullable: true),
                VolunteerId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                JoinedAt = table.Column<DateTime>(nullable: false),
                OfferedAt = table.Column<DateTime>(nullable: true),
                OfferExpiresAt = table.Column<DateTime>(nullable: true),
                RegistrationId = table.Column<Guid>(nullable: true),
                OfferTokenHash = table.Column<string>(maxLength: 64, nullable: true),
                Note = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WaitingList", x => x.Id);
                table.ForeignKey(name: "FK_WaitingList_Allocations_AllocationId", column: x => x.AllocationId,
                    principalTable: "Allocations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_WaitingList_Registrations_RegistrationId", column: x => x.RegistrationId,
                    principalTable: "Registrations", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_WaitingList_Sessions_SessionId", column: x => x.SessionId,
                    principalTable: "Sessions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_WaitingList_Volunteers_VolunteerId", column: x => x.VolunteerId,
                    principalTable: "Volunteers", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_WaitingList_AllocationId", table: "WaitingList", column: "AllocationId");
        migrationBuilder.CreateIndex(name: "IX_WaitingList_RegistrationId", table: "WaitingList", column: "RegistrationId");
        migrationBuilder.CreateIndex(name: "IX_WaitingList_SessionId_Status_Position", table: "WaitingList", columns: ["SessionId", "Status", "Position"]);
        migrationBuilder.CreateIndex(name: "IX_WaitingList_Status_OfferExpiresAt", table: "WaitingList", columns: ["Status", "OfferExpiresAt"]);
        migrationBuilder.CreateIndex(name: "IX_WaitingList_VolunteerId", table: "WaitingList", column: "VolunteerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "WaitingList");
        migrationBuilder.DropTable(name: "SessionEvents");
        migrationBuilder.DropTable(name: "Registrations");
        migrationBuilder.DropTable(name: "Allocations");
        migrationBuilder.DropColumn(name: "OpenPoolForOrganisations", table: "Sessions");
    }
}
