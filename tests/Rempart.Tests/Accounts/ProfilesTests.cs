using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Audit;
using Rempart.Tests.Infrastructure;
using Rempart.Web.Accounts;

namespace Rempart.Tests.Accounts;

public sealed class ProfilesTests
{
    private static readonly Actor SuperAdmin = TestActors.Holding(null, ProfileKind.SuperAdmin);

    [Theory, DatabaseData]
    public async Task AProfileCreatedByTheSuperAdmin_GivesItsHoldersItsSpaceAndPermissions_InTheirCookie(DatabaseProvider provider)
    {
        await using var app = await RempartAppFactory.CreateAsync(provider);
        var treasurer = new ProfileDraft { Name = "Trésorier", Kind = ProfileKind.Staff, Permissions = [Permissions.PaymentsRecord, Permissions.AccountingRead] };
        Assert.Empty(await Service<SaveProfile>(app).ExecuteAsync(treasurer, SuperAdmin));
        var user = await app.CreateUserAsync($"tresorier-{Guid.NewGuid():N}@test.rempart.local", BrowserFixture.Password);
        await HoldAsync(app, user, "Trésorier");

        var actor = await ActorOfAsync(app, user);

        Assert.Equal([ProfileKind.Staff], actor.Profiles);
        Assert.True(actor.Can(Permissions.PaymentsRecord));
        Assert.True(actor.Can(Permissions.AccountingRead));
        Assert.False(actor.Can(Permissions.SessionsEdit));
    }

    [Theory, DatabaseData]
    public async Task RemovingAPermission_SignsOutItsHolders_AddingOneDoesNot(DatabaseProvider provider)
    {
        await using var app = await RempartAppFactory.CreateAsync(provider);
        var profile = new ProfileDraft { Name = "Programmation", Kind = ProfileKind.Staff, Permissions = [Permissions.SessionsEdit] };
        await Service<SaveProfile>(app).ExecuteAsync(profile, SuperAdmin);
        var holder = await app.CreateUserAsync($"prog-{Guid.NewGuid():N}@test.rempart.local", BrowserFixture.Password);
        var other = await app.CreateUserAsync($"autre-{Guid.NewGuid():N}@test.rempart.local", BrowserFixture.Password, ProfileKind.Staff);
        await HoldAsync(app, holder, "Programmation");
        var (holderStamp, otherStamp) = (await StampAsync(app, holder), await StampAsync(app, other));

        profile.Permissions.Add(Permissions.MailSend);
        await Service<SaveProfile>(app).ExecuteAsync(profile, SuperAdmin);
        Assert.Equal(holderStamp, await StampAsync(app, holder));

        profile.Permissions.Remove(Permissions.SessionsEdit);
        await Service<SaveProfile>(app).ExecuteAsync(profile, SuperAdmin);

        Assert.NotEqual(holderStamp, await StampAsync(app, holder));
        Assert.Equal(otherStamp, await StampAsync(app, other));
        var actor = await ActorOfAsync(app, holder);
        Assert.False(actor.Can(Permissions.SessionsEdit));
        Assert.True(actor.Can(Permissions.MailSend));
        await using var db = app.Database.CreateContext();
        var entry = await db.AuditEntries.OrderByDescending(a => a.At).FirstAsync(a => a.Event == AuditEvent.ProfileChanged);
        Assert.Contains("-sessions.edit", entry.Details);
        Assert.Contains("1 compte(s) à reconnecter", entry.Details);
    }

    [Fact]
    public async Task BadProfiles_AreRefusedWithTheReason_AndChangeNothing()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var save = Service<SaveProfile>(app);
        await using var db = app.Database.CreateContext();
        var superAdminProfile = await db.Roles.AsNoTracking().FirstAsync(r => r.BuiltInKey == ProfileRoles.SuperAdmin);
        var draft = (await ProfileEditorQueries.GetAsync(db, superAdminProfile.Id))!;
        draft.Permissions.Remove(Permissions.UsersManage);

        Assert.Equal("Le profil super-administrateur garde la gestion des comptes et des profils.", (await save.ExecuteAsync(draft, SuperAdmin))["Permissions"]);
        Assert.Equal("Un profil porte déjà ce nom.", (await save.ExecuteAsync(new ProfileDraft { Name = "bénévole", Kind = ProfileKind.Volunteer }, SuperAdmin))["Name"]);
        Assert.Equal("La permission « tout.faire » n'existe pas.",
            (await save.ExecuteAsync(new ProfileDraft { Name = "Pirate", Permissions = ["tout.faire"] }, SuperAdmin))["Permissions"]);
        Assert.Equal("Vous n'avez pas le droit de gérer les profils.",
            (await save.ExecuteAsync(new ProfileDraft { Name = "Intrus" }, TestActors.Holding(null, ProfileKind.Staff)))[""]);
        Assert.Equal("Un profil fourni avec Rempart ne peut pas être supprimé ; retirez-lui des permissions si besoin.",
            await Service<DeleteProfile>(app).ExecuteAsync(superAdminProfile.Id, SuperAdmin));

        await using var after = app.Database.CreateContext();
        Assert.Equal(BuiltInProfiles.All.Count, await after.Roles.CountAsync());
        Assert.True(await after.RoleClaims.AnyAsync(c => c.RoleId == superAdminProfile.Id && c.ClaimValue == Permissions.UsersManage));
    }

    [Fact]
    public async Task DeletingACustomProfile_RemovesItFromItsHolders_AndSignsThemOut()
    {
        await using var app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        var draft = new ProfileDraft { Name = "Temporaire", Kind = ProfileKind.Staff, Permissions = [Permissions.MailSend] };
        await Service<SaveProfile>(app).ExecuteAsync(draft, SuperAdmin);
        var holder = await app.CreateUserAsync($"temp-{Guid.NewGuid():N}@test.rempart.local", BrowserFixture.Password);
        await HoldAsync(app, holder, "Temporaire");
        var stamp = await StampAsync(app, holder);

        Assert.Null(await Service<DeleteProfile>(app).ExecuteAsync(draft.Id!.Value, SuperAdmin));

        Assert.NotEqual(stamp, await StampAsync(app, holder));
        Assert.Empty((await ActorOfAsync(app, holder)).Profiles);
    }

    private static T Service<T>(RempartAppFactory app) where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private static async Task HoldAsync(RempartAppFactory app, RempartUser user, string profile)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>();
        Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, profile)).Succeeded);
    }

    private static async Task<string?> StampAsync(RempartAppFactory app, RempartUser user)
    {
        await using var db = app.Database.CreateContext();
        return await db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync();
    }

    private static async Task<Actor> ActorOfAsync(RempartAppFactory app, RempartUser user)
    {
        using var scope = app.Services.CreateScope();
        var fresh = await scope.ServiceProvider.GetRequiredService<UserManager<RempartUser>>().FindByIdAsync(user.Id.ToString());
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<RempartUser>>().CreateAsync(fresh!);
        return CurrentActor.From(principal);
    }
}
