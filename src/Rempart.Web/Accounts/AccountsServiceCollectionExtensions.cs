using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Rempart.Data;
using Rempart.Data.Accounts;
using Rempart.Data.Database;
using Rempart.Domain.Navigation;

namespace Rempart.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartAccounts(this IServiceCollection services)
    {
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
        });

        services.AddIdentityCore<RempartUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<RempartRole>()
            .AddEntityFrameworkStores<RempartDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<RempartClaimsFactory>();
        services.AddScoped<CurrentActor>();
        // Every data-protector token (password reset included) shares this lifespan; one day is too long for a reset link.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));

        // Keys live in the data folder so that cookies and reset links survive a restart or a redeploy.
        services.AddDataProtection().SetApplicationName("Rempart");
        services.AddOptions<KeyManagementOptions>().Configure<StorageOptions, ILoggerFactory>((options, storage, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(storage.KeysFolder), logs));

        services.AddAuthorization(options =>
        {
            foreach (var space in SpaceCatalog.All)
                options.AddPolicy(SpacePolicies.For(space), policy => policy.RequireRole(SpacePolicies.RolesOf(space)));
            options.AddPolicy(SpacePolicies.ProgrammeEditors, policy => policy.RequireRole(SpacePolicies.ProgrammeEditorRoles));
        });
        return services;
    }
}
