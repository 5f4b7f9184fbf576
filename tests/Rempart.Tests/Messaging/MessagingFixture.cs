using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Data.Messaging;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Volunteers;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Messaging;

/// <summary>
/// Two associations, each with a session and a manager who has an account, and volunteers with
/// accounts registered on them; the messaging operations wired on a real database and folder.
/// </summary>
internal sealed class MessagingFixture(TestDatabase database, ProgrammeFixtures ours, ProgrammeFixtures theirs, Session ourSession, Session theirSession, StorageOptions storage, int maxMegabytes)
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public TestDatabase Database => database;
    public ProgrammeFixtures Ours => ours;
    public ProgrammeFixtures Theirs => theirs;
    public Session OurSession => ourSession;
    public Session TheirSession => theirSession;
    public string Folder => Path.Combine(storage.UploadsFolder, "messages");
    public string Domain { get; } = $"@msg-{Guid.NewGuid():N}.example.org";

    public MessageFiles Files => new(storage, Options.Create(new MessagingOptions { AttachmentMaxMegabytes = maxMegabytes }));
    public StartConversation StartConversation => new(database.Contexts, Files, TimeProvider.System);
    public StartAnnouncement StartAnnouncement => new(database.Contexts, Files, TimeProvider.System);
    public PostMessage Post => new(database.Contexts, Files, TimeProvider.System);
    public ReadConversation Read => new(database.Contexts, TimeProvider.System);
    public ListConversations List => new(database.Contexts);
    public CountUnreadMessages Unread => new(database.Contexts);
    public OpenMessageAttachment OpenAttachment => new(database.Contexts, Files);
    public ListMessageContacts Contacts => new(database.Contexts);

    public static async Task<MessagingFixture> CreateAsync(DatabaseProvider provider, int maxMegabytes = 10)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var (ours, theirs) = (await ProgrammeFixtures.CreateAsync(database), await ProgrammeFixtures.CreateAsync(database));
        var (ourSession, theirSession) = (ours.NewSession("2027-07-05", "2027-07-18"), theirs.NewSession("2027-08-02", "2027-08-15"));
        await using (var db = database.CreateContext())
        {
            db.Sessions.AddRange(ourSession, theirSession);
            await db.SaveChangesAsync();
        }
        return new MessagingFixture(database, ours, theirs, ourSession, theirSession, new StorageOptions { Root = TestEnvironment.NewTempFolder("rempart-messages") }, maxMegabytes);
    }

    /// <summary>A manager of the association, with an account (so that a volunteer's message reaches them by e-mail).</summary>
    public async Task<Actor> ManagerAsync(ProgrammeFixtures programme, string name)
    {
        var user = await UserAsync(name, programme.Association.Id);
        await using var db = database.CreateContext();
        // Profiles are seeded at start-up, which a bare migrated database has not seen: any profile of the manager's kind will do.
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Kind == ProfileKind.AssociationManager);
        if (role is null)
        {
            role = new RempartRole($"Responsables {Guid.NewGuid():N}") { Kind = ProfileKind.AssociationManager };
            role.NormalizedName = role.Name!.ToUpperInvariant();
            db.Roles.Add(role);
        }
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
        return TestActors.Holding(user.Id, name, programme.Association.Id, ProfileKind.AssociationManager);
    }

    /// <summary>A volunteer with an account, registered on the session with the status given.</summary>
    public async Task<(Volunteer Volunteer, Actor Actor)> VolunteerAsync(Session session, string firstName, RegistrationStatus status = RegistrationStatus.Confirmed)
    {
        var user = await UserAsync(firstName, null);
        var volunteer = new Volunteer { FirstName = firstName, LastName = "Martin", Email = user.Email!, BirthDate = new DateOnly(1999, 1, 1), UserId = user.Id };
        await using var db = database.CreateContext();
        db.Volunteers.Add(volunteer);
        var now = DateTime.UtcNow;
        db.Registrations.Add(new Registration { SessionId = session.Id, VolunteerId = volunteer.Id, Status = status, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
        return (volunteer, TestActors.Holding(user.Id, $"{firstName} Martin", null, ProfileKind.Volunteer));
    }

    /// <summary>Someone acting for a volunteer's account (a parent).</summary>
    public async Task<Actor> ParentOfAsync(Volunteer child, string name)
    {
        var user = await UserAsync(name, null);
        await using var db = database.CreateContext();
        db.ManagedAccounts.Add(new ManagedAccount { ManagerId = user.Id, ManagedId = child.UserId!.Value });
        await db.SaveChangesAsync();
        return TestActors.Holding(user.Id, name, null, ProfileKind.Volunteer);
    }

    public string EmailOf(string name) => $"{name.ToLowerInvariant()}{Domain}";

    public static IReadOnlyList<MessageUpload> Uploads(params (string Name, byte[] Content)[] files) =>
        files.Select(f => new MessageUpload(f.Name, () => new MemoryStream(f.Content))).ToList();

    private async Task<RempartUser> UserAsync(string name, Guid? organisationId)
    {
        var email = EmailOf(name);
        var user = new RempartUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name, OrganisationId = organisationId, SecurityStamp = Guid.NewGuid().ToString(),
        };
        await using var db = database.CreateContext();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
