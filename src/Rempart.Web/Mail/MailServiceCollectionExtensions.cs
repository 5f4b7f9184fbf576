using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;

namespace Rempart.Web.Mail;

public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddRempartMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        // The site's public address is configured once (Mail:PublicBaseUrl); the API's photo URLs use it too.
        services.AddOptions<Rempart.Data.Programming.PhotoOptions>().Configure<Microsoft.Extensions.Options.IOptions<MailOptions>>((photos, mail) => photos.PublicBaseUrl = mail.Value.PublicBaseUrl);
        services.AddTransient<SendMail>();
        services.Configure<CampaignOptions>(configuration.GetSection(CampaignOptions.Section));
        services.AddTransient<SendCampaigns>();
        services.AddTransient<StartCampaign>();
        services.AddHttpClient<SendGrid.SendGridClient>();
        services.AddTransient<ComposeMail>();
        services.AddTransient<SaveMailTemplate>();
        services.AddTransient<PreviewMail>();
        services.AddSingleton<ReadPickupMail>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddTransient<Places.MailWaitingListOffers>();
        services.AddTransient<IEmailSender<RempartUser>, IdentityEmailSender>();
        services.AddTransient<AccountMails>();
        return services;
    }
}
