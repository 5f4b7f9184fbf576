using Rempart.Web.Payments.Mollie;

namespace Rempart.Web.Payments;

public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MollieOptions>(configuration.GetSection(MollieOptions.Section));
        services.Configure<PaymentOptions>(configuration.GetSection(PaymentOptions.Section));
        services.AddHttpClient<MollieClient>();
        services.AddTransient<ReceivePayment>();
        services.AddTransient<PayOnline>();
        services.AddTransient<SyncOnlinePayment>();
        services.AddTransient<ReconcileOnlinePayments>();
        services.AddTransient<MakeRefund>();
        return services;
    }
}
