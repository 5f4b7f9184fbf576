namespace Rempart.Web.Registrations;

public static class RegistrationsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartRegistrations(this IServiceCollection services)
    {
        services.AddTransient<RegistrationMails>();
        services.AddTransient<PreRegister>();
        services.AddTransient<MoveRegistration>();
        services.AddTransient<FillRegistrationFile>();
        services.AddTransient<ReviewDocument>();
        services.AddTransient<OrderBasket>();
        services.AddTransient<Pricing.PricingChoices>();
        return services;
    }
}
