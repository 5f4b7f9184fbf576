using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Campaigns and their recipients: the outbox a background sender works through.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261124120000_Campaigns")]
public sealed class Campaigns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Campaigns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 120, nullable: false),
                Subject = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: true),
                CreatedBy = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                SendAt = table.Column<DateTime>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: true),
                FinishedAt = table.Column<DateTime>(nullable: true),
                Audience = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Campaigns", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Campaigns_Status_SendAt", table: "Campaigns", columns: ["Status", "SendAt"]);

        migrationBuilder.CreateTable(
            name: "CampaignRecipients",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CampaignId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                FirstName = table.Column<string>(maxLength: 100, nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<string>(maxLength: 40, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
                Error = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CampaignRecipients", x => x.Id);
                table.ForeignKey(name: "FK_CampaignRecipients_Campaigns_CampaignId", column: x => x.CampaignId,
                    principalTable: "Campaigns", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_CampaignRecipients_CampaignId_Email", table: "CampaignRecipients", columns: ["CampaignId", "Email"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_CampaignRecipients_Status_NextAttemptAt", table: "CampaignRecipients", columns: ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CampaignRecipients");
        migrationBuilder.DropTable(name: "Campaigns");
    }
}
