using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SignInSecurityOptions.Section).Get<SignInSecurityOptions>() ?? new SignInSecurityOptions();
        services.Configure<SignInSecurityOptions>(configuration.GetSection(SignInSecurityOptions.Section));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Rempart.Auth";
            options.LoginPath = AccountUrls.Login;
            options.LogoutPath = AccountUrls.Logout;
            options.AccessDeniedPath = AccountUrls.AccessDenied;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.AddIdentityCore<RempartUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // User names are e-mail addresses, checked as such: an address with an accent (maëlle@...) must not be refused by the default ASCII list.
                options.User.AllowedUserNameCharacters = "";
                // Length, not composition: at least 12 characters, and not a common password (CommonPasswordValidator).
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // Lockout is ours (SignInWithPassword, SignInFailures): Identity's stays off.
                options.Lockout.AllowedForNewUsers = false;
                options.Tokens.PasswordResetTokenProvider = ResetLinkTokenProvider.Name;
            })
            .AddRoles<RempartRole>()
            .AddEntityFrameworkStores<RempartDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ResetLinkTokenProvider>(ResetLinkTokenProvider.Name)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<RempartClaimsFactory>();
        // The cookie is re-read against the database every minute: a deactivation, a reset or a revoked
        // profile (all change the security stamp) signs the person out; new permissions reach the cookie.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromSeconds(security.RevalidationSeconds));
        services.AddScoped<CurrentActor>();
        services.AddTransient<SignInWithPassword>();
        services.AddTransient<RequestPasswordReset>();
        services.AddTransient<ResetPasswordWithLink>();
        services.AddTransient<ChangeAccountState>();
        services.AddTransient<SaveProfile>();
        services.AddTransient<ManagePasskeys>();
        services.AddTransient<SignInWithPasskey>();
        services.AddTransient<InviteAccount>();
        services.AddTransient<ActivationLink>();
        services.AddTransient<ActivateAccount>();
        services.AddTransient<SaveAccount>();

        services.AddTransient<DeleteProfile>();
        services.AddScoped<AdminGrids>();
        services.AddSingleton(new RevalidationInterval(TimeSpan.FromSeconds(security.RevalidationSeconds)));

        // Keys survive a restart or a redeploy: in the data folder for one server (SQLite), in the
        // database when several servers share it (PostgreSQL), so that each reads the others' cookies.
        services.AddDataProtection().SetApplicationName("Rempart");
        services.AddOptions<KeyManagementOptions>().Configure<StorageOptions, DatabaseSettings, IServiceProvider>((options, storage, database, provider) =>
            options.XmlRepository = storage.KeysInDatabase(database.Provider)
                ? new DatabaseXmlRepository(provider.GetRequiredService<IDbContextFactory<RempartDbContext>>())
                : new FileSystemXmlRepository(new DirectoryInfo(storage.KeysFolder), provider.GetRequiredService<ILoggerFactory>()));

        // The antiforgery cookie stays "Secure when the request is": with Always, antiforgery refuses
        // plain-HTTP requests outright; outside development every request is HTTPS anyway.
        // Framing is refused for every response by SecurityHeaders (DENY): antiforgery's SAMEORIGIN would contradict it.
        services.AddAntiforgery(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SuppressXFrameOptionsHeader = true;
        });

        services.AddAuthorization(options =>
        {
            foreach (var space in SpaceCatalog.All)
                options.AddPolicy(SpacePolicies.For(space), policy => policy.RequireRole(SpacePolicies.RolesOf(space)));
            options.AddPolicy(SpacePolicies.OrganisationPortal, policy => policy.RequireRole(ProfileRoles.AssociationManager, ProfileRoles.Partner));
            options.AddPolicy(SpacePolicies.Finances, policy => policy.RequireClaim(RempartRole.PermissionClaim, Permissions.PaymentsRecord, Permissions.AccountingRead));
            foreach (var permission in Permissions.All)
                options.AddPolicy(SpacePolicies.ForPermission(permission), policy => policy.RequireClaim(RempartRole.PermissionClaim, permission));
        });
        return services;
    }
}
