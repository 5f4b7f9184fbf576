using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>The extranet: its pages and their groups; the shared calendar, its custom attributes, feeds and reminders.</summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261126090000_Extranet")]
public sealed class Extranet : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ExtranetPages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Title = table.Column<string>(maxLength: 150, nullable: false),
                Slug = table.Column<string>(maxLength: 160, nullable: false),
                Body = table.Column<string>(nullable: false),
                Position = table.Column<int>(nullable: false),
                ForEveryMember = table.Column<bool>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExtranetPages", x => x.Id);
                table.ForeignKey(name: "FK_ExtranetPages_ExtranetPages_ParentId", column: x => x.ParentId, principalTable: "ExtranetPages", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_ExtranetPages_Slug", table: "ExtranetPages", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_ExtranetPages_ParentId", table: "ExtranetPages", column: "ParentId");

        migrationBuilder.CreateTable(
            name: "ExtranetPageGroups",
            columns: table => new
            {
                PageId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExtranetPageGroups", x => new { x.PageId, x.GroupId });
                table.ForeignKey(name: "FK_ExtranetPageGroups_ExtranetPages_PageId", column: x => x.PageId, principalTable: "ExtranetPages", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CalendarEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 150, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Location = table.Column<string>(maxLength: 300, nullable: true),
                Start = table.Column<DateTime>(nullable: false),
                End = table.Column<DateTime>(nullable: false),
                AllDay = table.Column<bool>(nullable: false),
                Frequency = table.Column<string>(maxLength: 40, nullable: false),
                Interval = table.Column<int>(nullable: false),
                Weekdays = table.Column<string>(maxLength: 40, nullable: true),
                WeekdayPosition = table.Column<int>(nullable: true),
                Until = table.Column<DateOnly>(nullable: true),
                Count = table.Column<int>(nullable: true),
                ForEveryMember = table.Column<bool>(nullable: false),
                RemindDayBefore = table.Column<bool>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CalendarEvents", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_CalendarEvents_Start", table: "CalendarEvents", column: "Start");

        migrationBuilder.CreateTable(
            name: "CalendarEventGroups",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalendarEventGroups", x => new { x.EventId, x.GroupId });
                table.ForeignKey(name: "FK_CalendarEventGroups_CalendarEvents_EventId", column: x => x.EventId, principalTable: "CalendarEvents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CalendarEventChanges",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                OriginalDate = table.Column<DateOnly>(nullable: false),
                Cancelled = table.Column<bool>(nullable: false),
                Start = table.Column<DateTime>(nullable: true),
                End = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalendarEventChanges", x => new { x.EventId, x.OriginalDate });
                table.ForeignKey(name: "FK_CalendarEventChanges_CalendarEvents_EventId", column: x => x.EventId, principalTable: "CalendarEvents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EventAttributes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 80, nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                Choices = table.Column<string>(maxLength: 2000, nullable: true),
                Position = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EventAttributes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "EventAttributeValues",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                AttributeId = table.Column<Guid>(nullable: false),
                Value = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EventAttributeValues", x => new { x.EventId, x.AttributeId });
                table.ForeignKey(name: "FK_EventAttributeValues_CalendarEvents_EventId", column: x => x.EventId, principalTable: "CalendarEvents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_EventAttributeValues_EventAttributes_AttributeId", column: x => x.AttributeId, principalTable: "EventAttributes", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_EventAttributeValues_AttributeId", table: "EventAttributeValues", column: "AttributeId");

        migrationBuilder.CreateTable(
            name: "CalendarFeeds",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                Token = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CalendarFeeds", x => x.UserId));
        migrationBuilder.CreateIndex(name: "IX_CalendarFeeds_Token", table: "CalendarFeeds", column: "Token", unique: true);

        migrationBuilder.CreateTable(
            name: "CalendarReminders",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                OccurrenceDate = table.Column<DateOnly>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalendarReminders", x => new { x.EventId, x.OccurrenceDate });
                table.ForeignKey(name: "FK_CalendarReminders_CalendarEvents_EventId", column: x => x.EventId, principalTable: "CalendarEvents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "CalendarReminders", "CalendarFeeds", "EventAttributeValues", "EventAttributes", "CalendarEventChanges", "CalendarEventGroups", "CalendarEvents", "ExtranetPageGroups", "ExtranetPages" })
            migrationBuilder.DropTable(name: table);
    }
}
