namespace Rempart.Web.Documents;

public static class DocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddRempartDocuments(this IServiceCollection services)
    {
        services.AddTransient<DocumentUploads>();
        return services;
    }
}
