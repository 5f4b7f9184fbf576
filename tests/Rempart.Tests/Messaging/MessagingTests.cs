using Microsoft.EntityFrameworkCore;
using Rempart.Data.Database;
using Rempart.Data.Messaging;
using Rempart.Domain.Accounts;
using Rempart.Domain.Messaging;
using Rempart.Domain.Places;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Messaging;

/// <summary>Internal messaging on a real database: who reads what, unread counts, announcements, attachments.</summary>
public sealed class MessagingTests
{
    private static readonly IReadOnlyList<MessageUpload> None = [];

    [Theory, DatabaseData]
    public async Task AConversation_IsReadByThePeopleInvolvedOnly_NeverByAnotherAssociationOrStaff(DatabaseProvider provider)
    {
        var f = await MessagingFixture.CreateAsync(provider);
        await using var _ = f.Database;
        var claire = await f.ManagerAsync(f.Ours, "Claire");
        var colleague = await f.ManagerAsync(f.Ours, "Paul");
        var other = await f.ManagerAsync(f.Theirs, "Olga");
        var (alix, alixActor) = await f.VolunteerAsync(f.OurSession, "Alix");
        var (_, beaActor) = await f.VolunteerAsync(f.TheirSession, "Bea");
        var parent = await f.ParentOfAsync(alix, "Nadia");

        // Another association can neither write in our name nor to a volunteer it does not know.
        Assert.Equal("Recipient", Assert.Single((await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, other, "Bonjour", "Texte", false, None)).Errors).Key);
        Assert.Equal("Recipient", Assert.Single((await f.StartConversation.ExecuteAsync(f.Theirs.Association.Id, alix.Id, other, "Bonjour", "Texte", false, None)).Errors).Key);

        var started = await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, claire, "Horaires d'arrivée", "Le train arrive à 14 h 12.\nÀ bientôt", false, None);
        Assert.True(started.Succeeded);
        var notice = started.Notice!;
        Assert.False(notice.ToOrganisation);
        Assert.Equal([f.EmailOf("Alix"), f.EmailOf("Nadia")], notice.Recipients.Select(r => r.Email).Order());
        Assert.Equal("Le train arrive à 14 h 12.\nÀ bientôt", notice.Text);

        // Not involved: another association's manager, staff, another volunteer; as if it did not exist.
        foreach (var stranger in new[] { other, ProgrammeFixturesStaff, beaActor })
        {
            Assert.Null(await f.Read.ExecuteAsync(started.ConversationId, stranger));
            Assert.Empty(await f.List.ExecuteAsync(stranger));
            Assert.Equal(0, await f.Unread.ExecuteAsync(stranger));
            Assert.Equal("Cette conversation n'existe pas.", (await f.Post.ExecuteAsync(started.ConversationId, stranger, "Intrus", false, None)).Errors[""]);
        }

        // The volunteer and the parent who acts for them read it; it is unread until opened.
        Assert.Equal(1, await f.Unread.ExecuteAsync(alixActor));
        Assert.Equal(1, (await f.List.ExecuteAsync(parent)).Single().Unread);
        var seen = (await f.Read.ExecuteAsync(started.ConversationId, alixActor))!;
        Assert.False(seen.AsOrganisation);
        Assert.Null(seen.PostRefusal);
        Assert.Equal(f.Ours.Association.Name, seen.Counterpart);
        Assert.Equal($"Claire ({f.Ours.Association.Name})", Assert.Single(seen.Messages).Author);
        Assert.Equal(0, await f.Unread.ExecuteAsync(alixActor));
        Assert.Equal(1, await f.Unread.ExecuteAsync(parent));

        // The answer reaches the association's managers, marked confidential: the e-mail carries neither subject nor text.
        var answer = await f.Post.ExecuteAsync(started.ConversationId, alixActor, "Mon certificat médical est joint.", true, None);
        Assert.True(answer.Succeeded);
        Assert.True(answer.Notice!.ToOrganisation);
        Assert.Null(answer.Notice.Subject);
        Assert.Null(answer.Notice.Text);
        Assert.Equal([f.EmailOf("Claire"), f.EmailOf("Paul")], answer.Notice.Recipients.Select(r => r.Email).Order());
        // A colleague's message is news to nobody on the same side; the volunteer's is, to each manager.
        Assert.Equal(1, await f.Unread.ExecuteAsync(claire));
        Assert.Equal(1, await f.Unread.ExecuteAsync(colleague));
        var forClaire = Assert.Single(await f.List.ExecuteAsync(claire));
        Assert.True(forClaire.AsOrganisation);
        Assert.Equal("Alix Martin", forClaire.Counterpart);
        await f.Read.ExecuteAsync(started.ConversationId, claire);
        Assert.Equal(0, await f.Unread.ExecuteAsync(claire));
        Assert.Equal(1, await f.Unread.ExecuteAsync(colleague));
        Assert.Empty(await f.List.ExecuteAsync(other));

        // A volunteer may write first, to an association they know, for themselves only.
        Assert.Equal("Recipient", Assert.Single((await f.StartConversation.ExecuteAsync(f.Theirs.Association.Id, alix.Id, alixActor, "Question", "Texte", false, None)).Errors).Key);
        Assert.Equal("Recipient", Assert.Single((await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, beaActor, "Question", "Texte", false, None)).Errors).Key);
        Assert.True((await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, parent, "Question de Nadia", "Alix a-t-elle besoin de chaussures de sécurité ?", false, None)).Succeeded);
        Assert.Equal(2, (await f.List.ExecuteAsync(claire)).Count);
    }

    [Theory, DatabaseData]
    public async Task AnAnnouncement_ReachesTheSessionsVolunteers_WhoReadItButDoNotAnswerIt(DatabaseProvider provider)
    {
        var f = await MessagingFixture.CreateAsync(provider);
        await using var _ = f.Database;
        var claire = await f.ManagerAsync(f.Ours, "Claire");
        var other = await f.ManagerAsync(f.Theirs, "Olga");
        var (_, alix) = await f.VolunteerAsync(f.OurSession, "Alix");
        var (_, bea) = await f.VolunteerAsync(f.OurSession, "Bea", RegistrationStatus.Requested);
        var (_, chloe) = await f.VolunteerAsync(f.OurSession, "Chloe", RegistrationStatus.Cancelled);
        var (_, dan) = await f.VolunteerAsync(f.TheirSession, "Dan");

        Assert.Equal("Session", Assert.Single((await f.StartAnnouncement.ExecuteAsync(f.OurSession.Id, other, "Annonce", "Texte", false, None)).Errors).Key);
        var noPermission = TestActors.Holding(Guid.NewGuid(), "Sans droit", f.Ours.Association.Id) with { Profiles = new HashSet<ProfileKind> { ProfileKind.AssociationManager } };
        Assert.Contains("ne permet pas", (await f.StartAnnouncement.ExecuteAsync(f.OurSession.Id, noPermission, "Annonce", "Texte", false, None)).Errors[""], StringComparison.Ordinal);
        var empty = await f.StartAnnouncement.ExecuteAsync(f.OurSession.Id, claire, " ", " ", false, None);
        Assert.Equal(["Body", "Subject"], empty.Errors.Keys.Order());

        var sessions = await f.Contacts.SessionsAsync(claire);
        Assert.Equal(2, Assert.Single(sessions).Volunteers);
        var announced = await f.StartAnnouncement.ExecuteAsync(f.OurSession.Id, claire, "Liste du matériel", "Apportez des gants.", false, None);
        Assert.True(announced.Succeeded);
        Assert.Equal([f.EmailOf("Alix"), f.EmailOf("Bea")], announced.Notice!.Recipients.Select(r => r.Email).Order());

        var read = (await f.Read.ExecuteAsync(announced.ConversationId, alix))!;
        Assert.Equal(ConversationKind.Announcement, read.Kind);
        Assert.NotNull(read.PostRefusal);
        Assert.NotNull(await f.Read.ExecuteAsync(announced.ConversationId, bea));
        Assert.Null(await f.Read.ExecuteAsync(announced.ConversationId, chloe));
        Assert.Null(await f.Read.ExecuteAsync(announced.ConversationId, dan));
        Assert.Null(await f.Read.ExecuteAsync(announced.ConversationId, other));
        Assert.Contains("Seule l'association", (await f.Post.ExecuteAsync(announced.ConversationId, alix, "Merci", false, None)).Errors[""], StringComparison.Ordinal);
        Assert.True((await f.Post.ExecuteAsync(announced.ConversationId, claire, "Et une lampe frontale.", false, None)).Succeeded);
        // Both had read the announcement; the addition is new to each.
        Assert.Equal(1, await f.Unread.ExecuteAsync(alix));
        Assert.Equal(1, await f.Unread.ExecuteAsync(bea));
        Assert.Equal(0, await f.Unread.ExecuteAsync(chloe));
    }

    [Theory, DatabaseData]
    public async Task Attachments_AreCheckedByContent_OneRefusedFileRefusesTheMessage_AndOnlyThoseInvolvedDownloadThem(DatabaseProvider provider)
    {
        var f = await MessagingFixture.CreateAsync(provider, maxMegabytes: 1);
        await using var _ = f.Database;
        var claire = await f.ManagerAsync(f.Ours, "Claire");
        var other = await f.ManagerAsync(f.Theirs, "Olga");
        var (alix, alixActor) = await f.VolunteerAsync(f.OurSession, "Alix");
        var executable = "MZ\u0090\0\u0003\0\0\0"u8.ToArray().Concat(new byte[64]).ToArray();
        var tooBig = MessagingFixture.Pdf.Concat(new byte[1024 * 1024]).ToArray();
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

        foreach (var (name, content, words) in new[] { ("facture.pdf", executable, "ni un PDF"), ("plan.pdf", tooBig, "dépasse 1 Mo"), ("logo.svg", svg, "ni un PDF") })
        {
            var refused = await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, claire, "Documents", "Voici.",
                false, MessagingFixture.Uploads(("ok.pdf", MessagingFixture.Pdf), (name, content)));
            Assert.Contains(words, refused.Errors["Attachments"], StringComparison.Ordinal);
        }
        var sixFiles = MessagingFixture.Uploads(Enumerable.Range(1, 6).Select(i => ($"{i}.pdf", MessagingFixture.Pdf)).ToArray());
        Assert.Contains("5 pièces jointes", (await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, claire, "Documents", "Voici.", false, sixFiles)).Errors["Attachments"], StringComparison.Ordinal);
        await using (var db = f.Database.CreateContext())
        {
            Assert.Equal(0, await db.Conversations.CountAsync(c => c.OrganisationId == f.Ours.Association.Id));
            Assert.Equal(0, await db.MessageAttachments.CountAsync());
        }
        Assert.Empty(Directory.Exists(f.Folder) ? Directory.GetFiles(f.Folder) : []);

        var sent = await f.StartConversation.ExecuteAsync(f.Ours.Association.Id, alix.Id, claire, "Documents", "Voici le plan et la photo.",
            false, MessagingFixture.Uploads(("plan d'accès.pdf", MessagingFixture.Pdf), ("photo.png", MessagingFixture.Png)));
        Assert.True(sent.Succeeded);
        var attachments = Assert.Single((await f.Read.ExecuteAsync(sent.ConversationId, alixActor))!.Messages).Attachments;
        Assert.Equal(["photo.png", "plan d'accès.pdf"], attachments.Select(a => a.FileName).Order());
        var plan = attachments.Single(a => a.FileName.EndsWith(".pdf", StringComparison.Ordinal));
        var opened = (await f.OpenAttachment.ExecuteAsync(plan.Id, alixActor))!;
        Assert.Equal("application/pdf", opened.ContentType);
        Assert.Equal(MessagingFixture.Pdf, await File.ReadAllBytesAsync(opened.Path));
        Assert.NotNull(await f.OpenAttachment.ExecuteAsync(plan.Id, claire));
        Assert.Null(await f.OpenAttachment.ExecuteAsync(plan.Id, other));
        Assert.Null(await f.OpenAttachment.ExecuteAsync(plan.Id, ProgrammeFixturesStaff));
        Assert.Equal(2, Directory.GetFiles(f.Folder).Length);
    }

    private static Actor ProgrammeFixturesStaff => Programming.ProgrammeFixtures.Staff;
}
