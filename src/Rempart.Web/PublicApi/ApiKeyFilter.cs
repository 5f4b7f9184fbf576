using Rempart.Data.PublicApi;
using Rempart.Domain.PublicApi;

namespace Rempart.Web.PublicApi;

/// <summary>
/// Every public API endpoint: a valid key in X-Api-Key, holding the endpoint's scope, used from its
/// own origin when a browser sends one. The key is then in <c>HttpContext.Items</c>.
/// </summary>
public sealed class ApiKeyFilter(string scope) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = await http.RequestServices.GetRequiredService<ApiKeys>().FindAsync(http.Request.Headers[Header].ToString(), http.RequestAborted);
        if (key is null) return ApiProblems.MissingKey();
        if (!key.Allows(scope)) return ApiProblems.Scope(scope);
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            if (key.AllowedOrigin is null || ApiKeyRules.NormaliseOrigin(origin) != key.AllowedOrigin) return ApiProblems.Origin();
            http.Response.Headers.AccessControlAllowOrigin = origin;
            http.Response.Headers.Vary = "Origin";
        }
        http.Items[typeof(ApiKey)] = key;
        return await next(context);
    }
}
