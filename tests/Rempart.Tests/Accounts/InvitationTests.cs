using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class InvitationTests : IAsyncLifetime
{
    private static readonly Uri Site = new("https://rempart.example/");
    private static readonly Actor Admin = TestActors.Holding(Guid.NewGuid(), "Alice Admin", null, ProfileKind.SuperAdmin);
    private readonly ManualClock clock = new();
    private RempartAppFactory app = default!;
    private WebApplicationFactory<Program> host = default!;

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = SmtpServer.Shared.Host,
            ["Mail:SmtpPort"] = SmtpServer.Shared.Port.ToString(),
        });
        host = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task AnInvitedAccount_IsActivatedOnceFromTheMailedLink_ThenSignsInWithItsProfilesAndGroups()
    {
        using var scope = host.Services.CreateScope();
        var email = $"elu-{Guid.NewGuid():N}@test.rempart.local";
        var draft = await NewDraftAsync(scope, email, BuiltInProfiles.ExtranetMember.Name, "Élus");

        Assert.Empty(await scope.ServiceProvider.GetRequiredService<SaveAccount>().ExecuteAsync(draft, Admin));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<InviteAccount>().ExecuteAsync(draft.Id!.Value, Site, Admin));

        var body = MailText.BodyOf(await SmtpServer.Shared.WaitForMessageToAsync(email));
        Assert.Contains("Alice Admin vous a créé un compte", body);
        var link = new Uri(MailText.FirstLink(body));
        Assert.Equal("https://rempart.example/compte/activer", link.GetLeftPart(UriPartial.Path));
        var code = QueryHelpers.ParseQuery(link.Query)["code"].ToString();
        var activate = scope.ServiceProvider.GetRequiredService<ActivateAccount>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();

        Assert.False((await activate.ExecuteAsync(email, code, "court", null)).Succeeded);
        Assert.True((await activate.ExecuteAsync(email, code, "Une phrase assez longue pour 2027", null)).Succeeded);
        Assert.False((await activate.ExecuteAsync(email, code, "Une autre phrase assez longue", null)).Succeeded);

        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(user.EmailConfirmed);
        Assert.True(await users.CheckPasswordAsync(user, "Une phrase assez longue pour 2027"));
        Assert.True(await users.IsInRoleAsync(user, BuiltInProfiles.ExtranetMember.Name));
        await using var db = app.Database.CreateContext();
        Assert.Equal(["Élus"], await db.ExtranetGroupMembers.Where(m => m.UserId == user.Id)
            .Join(db.ExtranetGroups, m => m.GroupId, g => g.Id, (m, g) => g.Name).ToListAsync());
        Assert.Equal("Ce compte est déjà activé : la personne peut utiliser « Mot de passe oublié ».",
            await scope.ServiceProvider.GetRequiredService<InviteAccount>().ExecuteAsync(user.Id, Site, Admin));
    }

    [Fact]
    public async Task TheActivationLink_WorksSevenDays_AndANewInvitationReplacesIt()
    {
        using var scope = host.Services.CreateScope();
        var email = $"tech-{Guid.NewGuid():N}@test.rempart.local";
        var draft = await NewDraftAsync(scope, email, BuiltInProfiles.ExtranetMember.Name, "Techniciens");
        await scope.ServiceProvider.GetRequiredService<SaveAccount>().ExecuteAsync(draft, Admin);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        var first = await users.GenerateUserTokenAsync(user, ResetLinkTokenProvider.Name, ResetLinkTokenProvider.ActivationPurpose);
        var second = await users.GenerateUserTokenAsync(user, ResetLinkTokenProvider.Name, ResetLinkTokenProvider.ActivationPurpose);
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.False(await Verify(users, user, first));
        Assert.True(await Verify(users, user, second));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await Verify(users, user, second));
    }

    [Fact]
    public async Task AManagerWithoutAnAssociation_OrAnAddressAlreadyUsed_IsRefusedNextToTheField()
    {
        using var scope = host.Services.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<SaveAccount>();
        var manager = await NewDraftAsync(scope, $"resp-{Guid.NewGuid():N}@test.rempart.local", BuiltInProfiles.AssociationManager.Name, null);

        Assert.Equal("Un responsable d'association doit être rattaché à une association membre.", (await save.ExecuteAsync(manager, Admin))["OrganisationId"]);

        var email = $"double-{Guid.NewGuid():N}@test.rempart.local";
        Assert.Empty(await save.ExecuteAsync(await NewDraftAsync(scope, email, BuiltInProfiles.Volunteer.Name, null), Admin));
        Assert.Equal("Un compte existe déjà avec cette adresse e-mail.",
            (await save.ExecuteAsync(await NewDraftAsync(scope, email.ToUpperInvariant(), BuiltInProfiles.Volunteer.Name, null), Admin))["Email"]);
        Assert.Equal("Vous n'avez pas le droit de gérer les comptes.",
            (await save.ExecuteAsync(await NewDraftAsync(scope, "x@test.rempart.local", null, null), TestActors.Holding(null, ProfileKind.Staff)))[""]);
    }

    [Fact]
    public async Task AGroupManager_ManagesThePeopleTheyFollow_AndLosingAProfileSignsOut()
    {
        using var scope = host.Services.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<SaveAccount>();
        var child = await NewDraftAsync(scope, $"enfant-{Guid.NewGuid():N}@test.rempart.local", BuiltInProfiles.Volunteer.Name, null);
        await save.ExecuteAsync(child, Admin);
        var parent = await NewDraftAsync(scope, $"parent-{Guid.NewGuid():N}@test.rempart.local", BuiltInProfiles.Volunteer.Name, null);
        parent.Managed.Add(new PersonChoice(child.Id!.Value, "Enfant"));
        await save.ExecuteAsync(parent, Admin);
        var stamp = await StampAsync(parent.Id!.Value);

        parent.ProfileIds.Clear();
        await save.ExecuteAsync(parent, Admin);

        await using var db = app.Database.CreateContext();
        var managed = await db.ManagedAccounts.Where(m => m.ManagerId == parent.Id).Select(m => m.ManagedId).ToListAsync();
        Assert.Equal([child.Id!.Value], managed);
        var parentActor = TestActors.Holding(parent.Id!.Value, "Parent", null, ProfileKind.Volunteer);
        Assert.True(ManagedAccounts.MayActFor(parentActor, child.Id!.Value, managed.ToHashSet()));
        Assert.False(ManagedAccounts.MayActFor(parentActor, Guid.NewGuid(), managed.ToHashSet()));
        Assert.NotEqual(stamp, await StampAsync(parent.Id!.Value));
        child.Managed.Add(new PersonChoice(child.Id!.Value, "Soi"));
        Assert.Equal("Une personne ne peut pas se gérer elle-même.", (await save.ExecuteAsync(child, Admin))["Managed"]);
    }

    private async Task<string?> StampAsync(Guid userId)
    {
        await using var db = app.Database.CreateContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }

    private static Task<bool> Verify(UserManager<RempartUser> users, RempartUser user, string token) =>
        users.VerifyUserTokenAsync(user, ResetLinkTokenProvider.Name, ResetLinkTokenProvider.ActivationPurpose, token);

    private async Task<AccountDraft> NewDraftAsync(IServiceScope scope, string email, string? profile, string? group)
    {
        await using var db = app.Database.CreateContext();
        return new AccountDraft
        {
            Email = email, DisplayName = "Camille Test",
            ProfileIds = profile is null ? [] : (await db.Roles.Where(r => r.Name == profile).Select(r => r.Id).ToListAsync()).ToHashSet(),
            GroupIds = group is null ? [] : (await db.ExtranetGroups.Where(g => g.Name == group).Select(g => g.Id).ToListAsync()).ToHashSet(),
        };
    }
}
