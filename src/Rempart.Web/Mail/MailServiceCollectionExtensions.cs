using Microsoft.AspNetCore.Identity;
using Rempart.Data.Accounts;

namespace Rempart.Web.Mail;

public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddRempartMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
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
