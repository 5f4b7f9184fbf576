using Rempart.Data;
using Rempart.Web.Accounts;
using Rempart.Web.Benchmarks;
using Rempart.Web.Captcha;
using Rempart.Web.Cluster;
using Rempart.Web.Commands;
using Rempart.Web.Documents;
using Rempart.Web.Extranet;
using Rempart.Web.Health;
using Rempart.Web.Jobs;
using Rempart.Web.Localization;
using Rempart.Web.Mail;
using Rempart.Web.Messaging;
using Rempart.Web.Payments;
using Rempart.Web.Programming;
using Rempart.Web.PublicApi;
using Rempart.Web.Registrations;
using Rempart.Web.Startup;
using Rempart.Web.Ui;
using Rempart.Web.Website;

// The start-up benchmark's floor: ASP.NET Core answering /healthz, nothing of Rempart built.
if (args is [BareHost.Command, ..])
{
    await BareHost.RunAsync(args[1..]);
    return;
}

StartupTimings.Begin();
var builder = WebApplication.CreateBuilder(args);
// The build output run outside Development (the tests' separate servers behind nginx) reads its
// static web assets (Radzen's scripts and styles) from the build's manifest, as Development does;
// a published server has them in wwwroot and leaves this off.
if (builder.Configuration.GetValue<bool>("Hosting:StaticWebAssetsFromBuild")) builder.WebHost.UseStaticWebAssets();

builder.Services.AddRempartData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRempartStartup(builder.Configuration);
builder.Services.AddRempartAccounts(builder.Configuration);
builder.Services.AddRempartCaptcha(builder.Configuration);
builder.Services.AddRempartMail(builder.Configuration);
builder.Services.AddRempartRegistrations();
builder.Services.AddRempartMessaging();
builder.Services.AddRempartDocuments();
builder.Services.AddRempartExtranet();
builder.Services.AddRempartPublicApi(builder.Configuration);
builder.Services.AddRempartWebsite(builder.Configuration);
builder.Services.AddRempartCluster(builder.Configuration);
builder.Services.AddRempartPayments(builder.Configuration);
builder.Services.AddRempartJobs(builder.Configuration);
builder.Services.AddRempartHealth();
builder.Services.AddRempartLocalization();
builder.Services.AddRempartProgramme(builder.Configuration);
builder.Services.AddRempartUi();
builder.Services.AddRempartBenchDiagnostics(builder.Configuration);
StartupTimings.Mark("services enregistrés");

var app = builder.Build();
StartupTimings.Mark("hôte construit");

if (await CommandLine.TryRunAsync(app, args))
    return;

app.UseRempartPipeline();
app.MapRempartEndpoints();
app.MapBenchDiagnostics();
app.PrepareEndpointsInBackground();
StartupTimings.Mark("pipeline et points d'entrée");
StartupTimings.LogWhenStarted(app);
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
