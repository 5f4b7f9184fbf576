using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Rempart.Data.Migrations;

/// <summary>
/// Profiles become configurable: each role gets a space (Kind), a description and, for the six
/// shipped ones, a stable key; their permissions are role claims. Extranet groups, group managers,
/// and the captcha solutions already used.
/// The lists below are frozen copies of the defaults of the time: a migration must not change when
/// the code's defaults do.
/// </summary>
[DbContext(typeof(RempartDbContext))]
[Migration("20261122040000_ProfilesAndGroups")]
public sealed class ProfilesAndGroups : Migration
{
    private static readonly (string Key, string Name, string Kind, string Description, string[] Permissions)[] Shipped =
    [
        ("super-admin", "Super-administrateur", "SuperAdmin", "Administre les comptes, les profils et la sécurité.",
            ["sessions.edit", "places.allocate", "registrations.validate", "payments.record", "accounting.read", "documents.manage",
             "mail.send", "users.manage", "profiles.manage", "audit.read", "extranet.read", "extranet.manage"]),
        ("staff", "Salarié de l'Union", "Staff", "Programme, inscriptions, paiements, communication et documents de toute l'Union.",
            ["sessions.edit", "places.allocate", "registrations.validate", "payments.record", "accounting.read", "documents.manage",
             "mail.send", "extranet.read"]),
        ("association-manager", "Responsable d'association", "AssociationManager", "Les chantiers, sessions et bénévoles de sa propre association.",
            ["sessions.edit", "registrations.validate", "mail.send"]),
        ("partner", "Partenaire", "Partner", "Les places réservées à sa structure et les bénévoles qu'elle inscrit.", []),
        ("volunteer", "Bénévole", "Volunteer", "Ses inscriptions, ses documents et ses paiements.", []),
        ("extranet-member", "Membre de l'extranet", "ExtranetMember", "Les pages, documents et événements de l'extranet ouverts à ses groupes.",
            ["extranet.read"]),
    ];

    private static readonly (string Id, string Name, string Description)[] Groups =
    [
        ("6f1a2d64-5a0e-4c8e-9a51-0d7f3e8b1a01", "Élus", "Les élus du conseil d'administration."),
        ("6f1a2d64-5a0e-4c8e-9a51-0d7f3e8b1a02", "Stagiaires", "Les stagiaires accueillis par l'Union."),
        ("6f1a2d64-5a0e-4c8e-9a51-0d7f3e8b1a03", "Techniciens", "Les techniciens et responsables de chantier."),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Kind", table: "AspNetRoles", maxLength: 40, nullable: false, defaultValue: "Volunteer");
        migrationBuilder.AddColumn<string>(name: "Description", table: "AspNetRoles", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>(name: "BuiltInKey", table: "AspNetRoles", maxLength: 40, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_AspNetRoles_BuiltInKey", table: "AspNetRoles", column: "BuiltInKey", unique: true);

        // The roles of the first version were named after their key: they become the shipped profiles.
        foreach (var (key, name, kind, description, permissions) in Shipped)
        {
            migrationBuilder.Sql(
                $"""UPDATE "AspNetRoles" SET "BuiltInKey" = '{key}', "Kind" = '{kind}', "Name" = '{Quote(name)}', "NormalizedName" = '{Quote(name.ToUpperInvariant())}', "Description" = '{Quote(description)}' WHERE "Name" = '{key}'""");
            foreach (var permission in permissions)
                migrationBuilder.Sql(
                    $"""INSERT INTO "AspNetRoleClaims" ("RoleId", "ClaimType", "ClaimValue") SELECT "Id", 'rempart:permission', '{permission}' FROM "AspNetRoles" WHERE "BuiltInKey" = '{key}'""");
        }

        migrationBuilder.CreateTable(
            name: "ExtranetGroups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 80, nullable: false),
                Description = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ExtranetGroups", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ExtranetGroups_Name", table: "ExtranetGroups", column: "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "ExtranetGroupMembers",
            columns: table => new
            {
                GroupId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExtranetGroupMembers", x => new { x.GroupId, x.UserId });
                table.ForeignKey(name: "FK_ExtranetGroupMembers_ExtranetGroups_GroupId", column: x => x.GroupId,
                    principalTable: "ExtranetGroups", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_ExtranetGroupMembers_AspNetUsers_UserId", column: x => x.UserId,
                    principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ExtranetGroupMembers_UserId", table: "ExtranetGroupMembers", column: "UserId");

        migrationBuilder.CreateTable(
            name: "ManagedAccounts",
            columns: table => new
            {
                ManagerId = table.Column<Guid>(nullable: false),
                ManagedId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ManagedAccounts", x => new { x.ManagerId, x.ManagedId });
                table.ForeignKey(name: "FK_ManagedAccounts_AspNetUsers_ManagedId", column: x => x.ManagedId,
                    principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_ManagedAccounts_AspNetUsers_ManagerId", column: x => x.ManagerId,
                    principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_ManagedAccounts_ManagedId", table: "ManagedAccounts", column: "ManagedId");

        migrationBuilder.CreateTable(
            name: "UsedCaptchas",
            columns: table => new
            {
                Challenge = table.Column<string>(maxLength: 128, nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UsedCaptchas", x => x.Challenge));
        migrationBuilder.CreateIndex(name: "IX_UsedCaptchas_ExpiresAt", table: "UsedCaptchas", column: "ExpiresAt");

        // SQL rather than InsertData: without a model snapshot, EF cannot type InsertData's values.
        // Guids upper-case as EF writes them to SQLite; PostgreSQL's uuid reads either case.
        foreach (var (id, name, description) in Groups)
            migrationBuilder.Sql(
                $"""INSERT INTO "ExtranetGroups" ("Id", "Name", "Description", "CreatedAt") VALUES ('{id.ToUpperInvariant()}', '{Quote(name)}', '{Quote(description)}', CURRENT_TIMESTAMP)""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "UsedCaptchas");
        migrationBuilder.DropTable(name: "ManagedAccounts");
        migrationBuilder.DropTable(name: "ExtranetGroupMembers");
        migrationBuilder.DropTable(name: "ExtranetGroups");
        migrationBuilder.Sql("""DELETE FROM "AspNetRoleClaims" WHERE "ClaimType" = 'rempart:permission'""");
        foreach (var (key, _, _, _, _) in Shipped)
            migrationBuilder.Sql($"""UPDATE "AspNetRoles" SET "Name" = '{key}', "NormalizedName" = '{key.ToUpperInvariant()}' WHERE "BuiltInKey" = '{key}'""");
        migrationBuilder.DropIndex(name: "IX_AspNetRoles_BuiltInKey", table: "AspNetRoles");
        migrationBuilder.DropColumn(name: "BuiltInKey", table: "AspNetRoles");
        migrationBuilder.DropColumn(name: "Description", table: "AspNetRoles");
        migrationBuilder.DropColumn(name: "Kind", table: "AspNetRoles");
    }

    private static string Quote(string text) => text.Replace("'", "''");
}
