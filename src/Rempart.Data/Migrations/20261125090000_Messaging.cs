using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>Internal messaging: conversations, their messages and attachments, and who read them up to when.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261125090000_Messaging")]
public sealed class Messaging : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Conversations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                VolunteerId = table.Column<Guid>(nullable: true),
                SessionId = table.Column<Guid>(nullable: true),
                Subject = table.Column<string>(maxLength: 150, nullable: false),
                CreatedBy = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastMessageAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Conversations", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_Conversations_OrganisationId_LastMessageAt", table: "Conversations", columns: ["OrganisationId", "LastMessageAt"]);
        migrationBuilder.CreateIndex(name: "IX_Conversations_VolunteerId", table: "Conversations", column: "VolunteerId");
        migrationBuilder.CreateIndex(name: "IX_Conversations_SessionId", table: "Conversations", column: "SessionId");

        migrationBuilder.CreateTable(
            name: "Messages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ConversationId = table.Column<Guid>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                AuthorName = table.Column<string>(maxLength: 200, nullable: false),
                FromOrganisation = table.Column<bool>(nullable: false),
                Body = table.Column<string>(maxLength: 10000, nullable: false),
                Confidential = table.Column<bool>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Messages", x => x.Id);
                table.ForeignKey(name: "FK_Messages_Conversations_ConversationId", column: x => x.ConversationId,
                    principalTable: "Conversations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_Messages_ConversationId_SentAt", table: "Messages", columns: ["ConversationId", "SentAt"]);

        migrationBuilder.CreateTable(
            name: "MessageAttachments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MessageId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(nullable: false),
                StoredName = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessageAttachments", x => x.Id);
                table.ForeignKey(name: "FK_MessageAttachments_Messages_MessageId", column: x => x.MessageId,
                    principalTable: "Messages", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_MessageAttachments_MessageId", table: "MessageAttachments", column: "MessageId");

        migrationBuilder.CreateTable(
            name: "ConversationReads",
            columns: table => new
            {
                ConversationId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConversationReads", x => new { x.ConversationId, x.UserId });
                table.ForeignKey(name: "FK_ConversationReads_Conversations_ConversationId", column: x => x.ConversationId,
                    principalTable: "Conversations", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ConversationReads");
        migrationBuilder.DropTable(name: "MessageAttachments");
        migrationBuilder.DropTable(name: "Messages");
        migrationBuilder.DropTable(name: "Conversations");
    }
}
