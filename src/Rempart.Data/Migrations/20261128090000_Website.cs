using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// The website's mirror of the published programme (what was sent to WordPress, its post ids and
/// push state), the photos already in WordPress's media library, and the outgoing webhooks.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261128090000_Website")]
public sealed class Website : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WebsiteItems",
            columns: table => new
            {
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                EntityId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Live = table.Column<bool>(nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                FreePlaces = table.Column<int>(nullable: true),
                RegistrationOpen = table.Column<bool>(nullable: true),
                ChangedAt = table.Column<DateTime>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                PostId = table.Column<long>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                PushedAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WebsiteItems", x => new { x.Kind, x.EntityId }));
        migrationBuilder.CreateIndex(name: "IX_WebsiteItems_State_NextAttemptAt", table: "WebsiteItems", columns: ["State", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "WebsiteMedia",
            columns: table => new
            {
                PhotoId = table.Column<Guid>(nullable: false),
                MediaId = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebsiteMedia", x => x.PhotoId));

        migrationBuilder.CreateTable(
            name: "WebhookSubscriptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: false),
                Events = table.Column<string>(maxLength: 300, nullable: false),
                Secret = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                DisabledAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WebhookDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SubscriptionId = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                Body = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                DeliveredAt = table.Column<DateTime>(nullable: true),
                LastStatus = table.Column<int>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                table.ForeignKey(name: "FK_WebhookDeliveries_WebhookSubscriptions_SubscriptionId", column: x => x.SubscriptionId,
                    principalTable: "WebhookSubscriptions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_WebhookDeliveries_State_NextAttemptAt", table: "WebhookDeliveries", columns: ["State", "NextAttemptAt"]);
        migrationBuilder.CreateIndex(name: "IX_WebhookDeliveries_SubscriptionId", table: "WebhookDeliveries", column: "SubscriptionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "WebhookDeliveries");
        migrationBuilder.DropTable(name: "WebhookSubscriptions");
        migrationBuilder.DropTable(name: "WebsiteMedia");
        migrationBuilder.DropTable(name: "WebsiteItems");
    }
}
