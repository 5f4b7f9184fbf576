using Radzen;

namespace Rempart.Web.Ui;

public static class UiServiceCollectionExtensions
{
    public static IServiceCollection AddRempartUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddHttpContextAccessor();
        return services;
    }
}
