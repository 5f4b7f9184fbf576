using Rempart.Web.Accounts;
using Rempart.Web.Accounting;
using Rempart.Web.Captcha;
using Rempart.Web.Cluster;
using Rempart.Web.Components;
using Rempart.Web.Documents;
using Rempart.Web.Exports;
using Rempart.Web.Extranet;
using Rempart.Web.Health;
using Rempart.Web.Invoicing;
using Rempart.Web.Localization;
using Rempart.Web.Mail;
using Rempart.Web.Messaging;
using Rempart.Web.PersonalData;
using Rempart.Web.Payments;
using Rempart.Web.Places;
using Rempart.Web.Programming;
using Rempart.Web.PublicApi;
using Rempart.Web.Registrations;

namespace Rempart.Web.Ui;

/// <summary>The HTTP pipeline and the endpoints, in the order a request meets them.</summary>
public static class RempartPipeline
{
    public const string NotFoundPath = "/introuvable";
    public const string ErrorPath = "/erreur";

    public static WebApplication UseRempartPipeline(this WebApplication app)
    {
        // Behind a reverse proxy: the client's address and scheme before anything reads them.
        app.UseRempartCluster();
        if (!app.Environment.IsDevelopment())
        {
            // No stack trace leaves the server outside development: the error page shows a request id only.
            app.UseExceptionHandler(ErrorPath, createScopeForErrors: true);
            if (app.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.RequireHttps ?? true)
            {
                app.UseHsts();
                app.UseHttpsRedirection();
            }
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        // The public API: browsers' preflight requests, then each key's own rate.
        app.UseCors();
        app.UseRateLimiter();
        app.UsePublicApiDocumentation();
        app.UseBlazorScriptStandIn();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapRempartEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRempartHealth();
        app.MapAccountEndpoints();
        app.MapPasskeyEndpoints();
        app.MapCaptchaEndpoints();
        app.MapCultureEndpoint();
        app.MapPhotoEndpoints();
        app.MapFillRateEndpoints();
        app.MapRegistrationDocumentEndpoints();
        app.MapMessageAttachmentEndpoints();
        app.MapDocumentEndpoints();
        app.MapExtranetEndpoints();
        app.MapPublicApiEndpoints();
        app.MapInvoiceEndpoints();
        app.MapPaymentEndpoints();
        app.MapExportEndpoints();
        app.MapMailEndpoints();
        app.MapAccountingEndpoints();
        app.MapPersonalDataEndpoints();
        // Our Content-Security-Policy (SecurityHeaders) already says frame-ancestors 'none': Blazor's own header would be a second policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .Add(SpacePolicies.RequireSpaceOfAddress);
        return app;
    }
}
