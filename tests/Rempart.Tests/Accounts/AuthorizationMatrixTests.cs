using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rempart.Data.Database;
using Rempart.Data.Places;
using Rempart.Data.Programming;
using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;
using Rempart.Tests.Programming;

namespace Rempart.Tests.Accounts;

/// <summary>
/// Every page and endpoint of the application, asked by every kind of caller, against the answer
/// expected in one table. A route the table does not list fails the test: a new page or endpoint
/// must say who may open it.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IAsyncLifetime
{
    // Outcomes: ok (200), login (302 to sign-in), denied (302 to access denied), 404, 400, go (302 elsewhere).
    private const string Ok = "ok", Login = "login", Denied = "denied", Missing = "404", Bad = "400", Go = "go";

    /// <summary>The callers, in the order of each row's answers.</summary>
    private enum Caller { Anonymous, SuperAdmin, Staff, ManagerOfA, Partner, Volunteer, ExtranetMember }

    private sealed record Row(string Route, string Url, params string[] Expected);

    /// <summary>
    /// Route template (with "POST " for non-GET endpoints), the address asked ({…} filled from the
    /// test data: A's items belong to the manager's association, B's to another), then the answer for:
    /// anonymous, super-admin, staff, manager of A, partner, volunteer, extranet member.
    /// </summary>
    private static readonly Row[] Matrix =
    [
        //   route                                       address                                      anon    super   staff   mgr A   partner volunt. extranet
        new("/",                                         "/",                                         Login,  Go,     Go,     Go,     Go,     Go,     Go),
        new("/{**path:file}",                            "/favicon.svg",                              Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/healthz",                                  "/healthz",                                  Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/captcha/challenge",                        "/captcha/challenge",                        Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/langue/{culture}",                         "/langue/en?retour=/",                       Go,     Go,     Go,     Go,     Go,     Go,     Go),
        // Programme photos are public: the union's website shows them.
        new("/photos/{id:guid}",                         "/photos/{photo}",                           Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        // Without its antiforgery token, signing out is refused to everyone.
        new("POST /compte/deconnexion",                  "/compte/deconnexion",                       Bad,    Bad,    Bad,    Bad,    Bad,    Bad,    Bad),
        new("/compte/connexion",                         "/compte/connexion",                         Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/acces-refuse",                      "/compte/acces-refuse",                      Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/mot-de-passe-oublie",               "/compte/mot-de-passe-oublie",               Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/mot-de-passe-oublie/envoye",        "/compte/mot-de-passe-oublie/envoye",        Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/reinitialiser-mot-de-passe",        "/compte/reinitialiser-mot-de-passe",        Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/reinitialiser-mot-de-passe/termine", "/compte/reinitialiser-mot-de-passe/termine", Ok,   Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/activer",                           "/compte/activer",                           Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/securite",                          "/compte/securite",                          Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        // WebAuthn options: only with the page's antiforgery token; creating a passkey needs an account.
        new("POST /compte/cles-acces/options-creation",  "/compte/cles-acces/options-creation",       Login,  Bad,    Bad,    Bad,    Bad,    Bad,    Bad),
        new("POST /compte/cles-acces/options-connexion", "/compte/cles-acces/options-connexion",      Bad,    Bad,    Bad,    Bad,    Bad,    Bad,    Bad),
        // A waiting-list offer: anyone with the link; without a valid code it says "no longer valid".
        new("/compte/offre-de-place/{Id:guid}",          "/compte/offre-de-place/{group}",            Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/activer/termine",                   "/compte/activer/termine",                   Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/erreur",                                   "/erreur",                                   Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/introuvable",                              "/introuvable",                              Missing, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/bienvenue",                                "/bienvenue",                                Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),

        new("/admin",                                    "/admin",                                    Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/comptes",                            "/admin/comptes",                            Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/comptes/nouveau",                    "/admin/comptes/nouveau",                    Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/comptes/{Id:guid}",                  "/admin/comptes/{account}",                  Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/comptes/{Id:guid}",                  "/admin/comptes/00000000-0000-0000-0000-000000000001", Login, Missing, Denied, Denied, Denied, Denied, Denied),
        new("/admin/organisations",                      "/admin/organisations",                      Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/organisations/nouvelle",             "/admin/organisations/nouvelle",             Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/organisations/{Id:guid}",            "/admin/organisations/{organisation}",       Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/groupes",                            "/admin/groupes",                            Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/groupes/nouveau",                    "/admin/groupes/nouveau",                    Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/groupes/{Id:guid}",                  "/admin/groupes/{group}",                    Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/profils",                            "/admin/profils",                            Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/profils/nouveau",                    "/admin/profils/nouveau",                    Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/profils/{Id:guid}",                  "/admin/profils/{profile}",                  Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/journal",                            "/admin/journal",                            Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/donnees-personnelles",               "/admin/donnees-personnelles",               Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/taches",                             "/admin/taches",                             Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/courriels-envoyes",                  "/admin/courriels-envoyes",                  Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/cles-api",                           "/admin/cles-api",                           Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/admin/site-web",                           "/admin/site-web",                           Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        // The public API answers a key, never a sign-in cookie: without one, 401 for everyone; its description is public.
        new("/api/v1/sessions",                          "/api/v1/sessions",                          "401",  "401",  "401",  "401",  "401",  "401",  "401"),
        new("/api/v1/sessions/{id:guid}",                $"/api/v1/sessions/{Guid.Empty}",            "401",  "401",  "401",  "401",  "401",  "401",  "401"),
        new("/api/v1/chantiers",                         "/api/v1/chantiers",                         "401",  "401",  "401",  "401",  "401",  "401",  "401"),
        new("/api/v1/chantiers/{id:guid}",               $"/api/v1/chantiers/{Guid.Empty}",           "401",  "401",  "401",  "401",  "401",  "401",  "401"),
        new("POST /api/v1/sessions/{id:guid}/preinscriptions", $"/api/v1/sessions/{Guid.Empty}/preinscriptions", "401", "401", "401", "401", "401", "401", "401"),
        new("/api/v1/sites",                             "/api/v1/sites",                             "401",  "401",  "401",  "401",  "401",  "401",  "401"),
        new("/openapi/{documentName}.json",              "/openapi/v1.json",                          Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        // Everyone signed in has rights over their own data.
        new("/compte/mes-donnees",                       "/compte/mes-donnees",                       Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/mes-donnees/export.json",           "/compte/mes-donnees/export.json",           Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/compte/mes-donnees/export.pdf",            "/compte/mes-donnees/export.pdf",            Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),

        new("/gestion",                                  "/gestion",                                  Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sites",                            "/gestion/sites",                            Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sites/nouveau",                    "/gestion/sites/nouveau",                    Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sites/{Id:guid}",                  "/gestion/sites/{siteA}",                    Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/carte",                            "/gestion/carte",                            Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/chantiers",                        "/gestion/chantiers",                        Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/chantiers/nouveau",                "/gestion/chantiers/nouveau",                Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/chantiers/{Id:guid}",              "/gestion/chantiers/{worksiteB}",            Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sessions",                         "/gestion/sessions",                         Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sessions/nouvelle",                "/gestion/sessions/nouvelle",                Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sessions/{Id:guid}",               "/gestion/sessions/{sessionB}",              Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/sessions/copier-saison",           "/gestion/sessions/copier-saison",           Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/calendrier",                       "/gestion/calendrier",                       Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/animateurs",                       "/gestion/animateurs",                       Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/animateurs/nouveau",               "/gestion/animateurs/nouveau",               Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/animateurs/{Id:guid}",             "/gestion/animateurs/{leader}",              Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),

        new("/gestion/places",                           "/gestion/places",                           Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/tarifs",                           "/gestion/tarifs",                           Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/tarifs/simulateur",                "/gestion/tarifs/simulateur",                Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/factures",                         "/gestion/factures",                         Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/comptabilite",                     "/gestion/comptabilite",                     Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/comptabilite/tableau-de-bord",     "/gestion/comptabilite/tableau-de-bord",     Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/assurances",                       "/gestion/assurances",                       Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/courriels",                        "/gestion/courriels",                        Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/campagnes",                        "/gestion/campagnes",                        Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/campagnes/nouvelle",               "/gestion/campagnes/nouvelle",               Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/campagnes/{Id:guid}",              $"/gestion/campagnes/{Guid.Empty}",          Login,  Go,     Go,     Denied, Denied, Denied, Denied),
        new("/association/campagnes",                    "/association/campagnes",                    Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/campagnes/nouvelle",           "/association/campagnes/nouvelle",           Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/campagnes/{Id:guid}",          $"/association/campagnes/{Guid.Empty}",      Login,  Denied, Denied, Go,     Denied, Denied, Denied),
        // Documents: every signed-in person has the docuthèque (showing only the folders they may open); a folder or a document one may not open does not exist.
        new("/documents",                                "/documents",                                Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/documents/{Id:guid}",                      $"/documents/{Guid.Empty}",                  Login,  Missing, Missing, Missing, Missing, Missing, Missing),
        new("/documents/dossiers/{Id:guid}",             $"/documents/dossiers/{Guid.Empty}",         Login,  Missing, Missing, Missing, Missing, Missing, Missing),
        // Files of public folders open to anyone; for the others, whoever is not signed in is asked to sign in.
        new("/documents/fichiers/{id:guid}",             $"/documents/fichiers/{Guid.Empty}",         Login,  Missing, Missing, Missing, Missing, Missing, Missing),
        // The extranet: its readers see the calendar and the pages of their groups (a page they may not see is not found); writing is for those who manage it.
        new("/extranet/calendrier",                      "/extranet/calendrier",                      Login,  Ok,     Ok,     Denied, Denied, Denied, Ok),
        new("/extranet/calendrier/nouveau",              "/extranet/calendrier/nouveau",              Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/extranet/calendrier/{Id:guid}",            $"/extranet/calendrier/{Guid.Empty}",        Login,  Missing, Denied, Denied, Denied, Denied, Denied),
        new("/extranet/calendrier/attributs",            "/extranet/calendrier/attributs",            Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/extranet/pages/{Slug}",                    "/extranet/pages/page-inconnue",             Login,  Missing, Missing, Denied, Denied, Denied, Missing),
        new("/extranet/pages/nouvelle",                  "/extranet/pages/nouvelle",                  Login,  Ok,     Denied, Denied, Denied, Denied, Denied),
        new("/extranet/pages/{Id:guid}/modifier",        $"/extranet/pages/{Guid.Empty}/modifier",    Login,  Missing, Denied, Denied, Denied, Denied, Denied),
        // A calendar feed opens with its secret token only (calendar apps do not sign in); a wrong token is not found, for everyone.
        new("/extranet/agenda/{token}.ics",              "/extranet/agenda/pas-un-jeton.ics",         Missing, Missing, Missing, Missing, Missing, Missing, Missing),
        // Messaging: each side under its own space; a conversation one is not part of does not exist.
        new("/association/messages",                     "/association/messages",                     Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/messages/nouveau",             "/association/messages/nouveau",             Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/messages/annonce",             "/association/messages/annonce",             Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/messages/{Id:guid}",           $"/association/messages/{Guid.Empty}",       Login,  Denied, Denied, Missing, Denied, Denied, Denied),
        new("/benevole/messages",                        "/benevole/messages",                        Login,  Denied, Denied, Denied, Denied, Ok,     Denied),
        new("/benevole/messages/nouveau",                "/benevole/messages/nouveau",                Login,  Denied, Denied, Denied, Denied, Ok,     Denied),
        new("/benevole/messages/{Id:guid}",              $"/benevole/messages/{Guid.Empty}",          Login,  Denied, Denied, Denied, Denied, Missing, Denied),
        new("/messages/pieces-jointes/{id:guid}",        "/messages/pieces-jointes/00000000-0000-0000-0000-000000000001", Login, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/gestion/courriels/{Key}",                  "/gestion/courriels/inscription-recue",      Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/comptabilite/journal.txt",         "/gestion/comptabilite/journal.txt?du=2027-01-01&au=2027-12-31", Login, Ok, Ok, Denied, Denied, Denied, Denied),
        // Invoices open only for the volunteer's side and payment staff (InvoicePdfTests check who); unknown ids are 404.
        // Mollie's webhook is anonymous and trusts nothing it is sent (OnlinePaymentTests); an empty post is a bad request.
        new("POST /api/paiements/mollie",                "/api/paiements/mollie",                     Bad,    Bad,    Bad,    Bad,    Bad,    Bad,    Bad),
        // Unsubscription: anyone holding the link, which protects the address it names; a made-up token is unknown.
        new("/desinscription/{Token}",                   "/desinscription/made-up",                   Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("POST /api/desinscription/{token}",          "/api/desinscription/made-up",               Missing, Missing, Missing, Missing, Missing, Missing, Missing),
        // The return from Mollie works signed in or not; an unknown payment is not found.
        new("/paiement/retour/{Id:guid}",                "/paiement/retour/00000000-0000-0000-0000-000000000001", Missing, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/paiements/{id:guid}/recu",                 "/paiements/00000000-0000-0000-0000-000000000001/recu", Login, Missing, Missing, Missing, Missing, Missing, Missing),
        // Exports: the same operations as the lists, so the same people (ExportEndpointsTests check the rows).
        new("/exports/{list}.{format}",                  "/exports/factures.xlsx",                    Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/exports/{list}.{format}",                  "/exports/inscriptions.csv?groupe=All",      Login,  Ok,     Ok,     Ok,     Denied, Denied, Denied),
        new("/mes-exports",                              "/mes-exports",                              Login,  Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/mes-exports/fichiers/{id:guid}",           "/mes-exports/fichiers/00000000-0000-0000-0000-000000000001", Login, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/exports/{list}.{format}",                  "/exports/inconnue.csv",                     Login,  Missing, Missing, Missing, Missing, Missing, Missing),
        new("/factures/{id:guid}",                       "/factures/00000000-0000-0000-0000-000000000001", Login, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/gestion/places/remplissage",               "/gestion/places/remplissage",               Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/places/remplissage.csv",           "/gestion/places/remplissage.csv?saison=2027", Login, Ok,    Ok,     Denied, Denied, Denied, Denied),

        // The association space: the manager of A sees A's worksites and sessions, and B's are "not found".
        new("/association",                              "/association",                              Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/chantiers",                    "/association/chantiers",                    Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/chantiers/nouveau",            "/association/chantiers/nouveau",            Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/chantiers/{Id:guid}",          "/association/chantiers/{worksiteA}",        Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/chantiers/{Id:guid}",          "/association/chantiers/{worksiteB}",        Login,  Denied, Denied, Missing, Denied, Denied, Denied),
        new("/association/sessions",                     "/association/sessions",                     Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/sessions/nouvelle",            "/association/sessions/nouvelle",            Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/sessions/{Id:guid}",           "/association/sessions/{sessionA}",          Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/sessions/{Id:guid}",           "/association/sessions/{sessionB}",          Login,  Denied, Denied, Missing, Denied, Denied, Denied),
        new("/association/sessions/copier-saison",       "/association/sessions/copier-saison",       Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/calendrier",                   "/association/calendrier",                   Login,  Denied, Denied, Ok,     Denied, Denied, Denied),

        new("/association/places",                       "/association/places",                       Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/partenaire/places",                        "/partenaire/places",                        Login,  Denied, Denied, Denied, Ok,     Denied, Denied),
        new("/partenaire",                               "/partenaire",                               Login,  Denied, Denied, Denied, Ok,     Denied, Denied),
        new("/partenaire/inscriptions",                  "/partenaire/inscriptions",                  Login,  Denied, Denied, Denied, Ok,     Denied, Denied),
        new("/partenaire/inscriptions/{Id:guid}",        "/partenaire/inscriptions/{registrationA}",  Login,  Denied, Denied, Denied, Missing, Denied, Denied),
        new("/benevole",                                 "/benevole",                                 Login,  Denied, Denied, Denied, Denied, Ok,     Denied),
        new("/benevole/inscriptions",                    "/benevole/inscriptions",                    Login,  Denied, Denied, Denied, Denied, Ok,     Denied),
        // Someone else's registration file does not exist for the volunteer asking.
        new("/benevole/inscriptions/{Id:guid}",          "/benevole/inscriptions/{registrationA}",    Login,  Denied, Denied, Denied, Denied, Missing, Denied),
        // Documents open only for people entitled to their registration (RegistrationFileTests check who); unknown ids are 404.
        new("/inscriptions/documents/{id:guid}",         "/inscriptions/documents/00000000-0000-0000-0000-000000000001", Login, Missing, Missing, Missing, Missing, Missing, Missing),

        // Registrations: the review pages by space; a registration to B's session is "not found" for A's manager.
        new("/gestion/inscriptions",                     "/gestion/inscriptions",                     Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/gestion/inscriptions/{Id:guid}",           "/gestion/inscriptions/{registrationB}",     Login,  Ok,     Ok,     Denied, Denied, Denied, Denied),
        new("/association/inscriptions",                 "/association/inscriptions",                 Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/inscriptions/{Id:guid}",       "/association/inscriptions/{registrationA}", Login,  Denied, Denied, Ok,     Denied, Denied, Denied),
        new("/association/inscriptions/{Id:guid}",       "/association/inscriptions/{registrationB}", Login,  Denied, Denied, Missing, Denied, Denied, Denied),
        // The public pre-registration page: a published session opens to everyone, a draft one does not exist.
        new("/inscription/{SessionId:guid}",             "/inscription/{sessionOpen}",                Ok,     Ok,     Ok,     Ok,     Ok,     Ok,     Ok),
        new("/inscription/{SessionId:guid}",             "/inscription/{sessionA}",                   Missing, Missing, Missing, Missing, Missing, Missing, Missing),
        new("/extranet",                                 "/extranet",                                 Login,  Ok,     Ok,     Denied, Denied, Denied, Ok),
    ];

    private RempartAppFactory app = default!;
    private readonly Dictionary<Caller, HttpClient> clients = [];
    private readonly Dictionary<string, string> ids = [];

    public async Task InitializeAsync()
    {
        app = await RempartAppFactory.CreateAsync(DatabaseProvider.Sqlite);
        _ = app.Services; // starts the host, which migrates the database
        var a = await ProgrammeFixtures.CreateAsync(app.Database);
        var b = await ProgrammeFixtures.CreateAsync(app.Database);
        var sessionA = a.NewSession("2027-07-05", "2027-07-18", a.Lea);
        var sessionB = b.NewSession("2027-07-05", "2027-07-18", b.Hugo);
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.AddRange(sessionA, sessionB);
            await db.SaveChangesAsync();
        }
        var open = b.NewSession("2027-08-02", "2027-08-15");
        open.Status = SessionStatus.Published;
        var (volunteerA, volunteerB) = (TestVolunteer(), TestVolunteer());
        await using (var db = app.Database.CreateContext())
        {
            db.Sessions.Add(open);
            db.Volunteers.AddRange(volunteerA, volunteerB);
            await db.SaveChangesAsync();
        }
        var hold = app.Services.GetRequiredService<HoldPlace>();
        ids["registrationA"] = (await hold.ExecuteAsync(sessionA.Id, volunteerA.Id, null, ProgrammeFixtures.Staff, confirm: true)).Registration!.Id.ToString();
        ids["registrationB"] = (await hold.ExecuteAsync(sessionB.Id, volunteerB.Id, null, ProgrammeFixtures.Staff, confirm: true)).Registration!.Id.ToString();
        ids["sessionOpen"] = open.Id.ToString();
        var photo = (await app.Services.GetRequiredService<ManagePhotos>()
            .AddAsync(PhotoOwner.Site, a.Site.Id, "site.png", new MemoryStream(TestImages.Png), "Le site", ProgrammeFixtures.Staff)).Photo!;
        await using (var db = app.Database.CreateContext())
        {
            ids["profile"] = db.Roles.First(r => r.BuiltInKey == ProfileRoles.Staff).Id.ToString();
            ids["group"] = db.ExtranetGroups.First().Id.ToString();
        }
        ids["siteA"] = a.Site.Id.ToString();
        ids["worksiteA"] = a.Worksite.Id.ToString();
        ids["worksiteB"] = b.Worksite.Id.ToString();
        ids["sessionA"] = sessionA.Id.ToString();
        ids["sessionB"] = sessionB.Id.ToString();
        ids["leader"] = a.Lea.Id.ToString();
        ids["photo"] = photo.Id.ToString();
        ids["organisation"] = b.Association.Id.ToString();

        foreach (var caller in Enum.GetValues<Caller>())
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
            clients[caller] = client;
            if (caller == Caller.Anonymous) continue;
            var kind = caller switch
            {
                Caller.SuperAdmin => ProfileKind.SuperAdmin, Caller.Staff => ProfileKind.Staff, Caller.ManagerOfA => ProfileKind.AssociationManager,
                Caller.Partner => ProfileKind.Partner, Caller.Volunteer => ProfileKind.Volunteer, _ => ProfileKind.ExtranetMember,
            };
            var email = $"{caller}-{Guid.NewGuid():N}@test.rempart.local".ToLowerInvariant();
            var user = await app.CreateUserAsync(email, BrowserFixture.Password, caller == Caller.ManagerOfA ? a.Association.Id : null, kind);
            if (caller == Caller.SuperAdmin) ids["account"] = user.Id.ToString();
            await HttpSignIn.SignInAsync(client, email);
        }
    }

    private static Domain.Volunteers.Volunteer TestVolunteer() => new()
    {
        FirstName = "Zoé", LastName = "Test", Email = $"v-{Guid.NewGuid():N}@test.rempart.local", BirthDate = new DateOnly(2000, 1, 1),
    };

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task EveryRoute_AnswersEveryCaller_AsTheTableSays()
    {
        var routes = DiscoverRoutes();
        var report = new List<string>();
        foreach (var route in routes.Where(r => Matrix.All(m => m.Route != r)))
            report.Add($"No entry for {route}: add it to the matrix.");
        foreach (var row in Matrix)
        {
            if (!routes.Contains(row.Route)) report.Add($"The matrix lists {row.Route}, which no longer exists.");
            var observed = new List<string>();
            foreach (var caller in Enum.GetValues<Caller>())
                observed.Add(await AskAsync(clients[caller], row.Route.StartsWith("POST ", StringComparison.Ordinal), Fill(row.Url)));
            if (!observed.SequenceEqual(row.Expected))
                report.Add($"{row.Url}: expected [{string.Join(", ", row.Expected)}], got [{string.Join(", ", observed)}]");
        }
        Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
    }

    private HashSet<string> DiscoverRoutes()
    {
        var routes = new HashSet<string>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            // The framework's own: static files (one endpoint each), Blazor's hub and scripts.
            if (template.StartsWith("/_", StringComparison.Ordinal) || endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
                continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            routes.Add(methods.Count == 0 || methods.Contains("GET") ? template : "POST " + template);
        }
        return routes;
    }

    private string Fill(string url) => Placeholder().Replace(url, m => ids[m.Groups[1].Value]);

    private static async Task<string> AskAsync(HttpClient client, bool post, string url)
    {
        using var response = post ? await client.PostAsync(url, new FormUrlEncodedContent([])) : await client.GetAsync(url);
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.NotFound => Missing,
            HttpStatusCode.BadRequest => Bad,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/compte/connexion", StringComparison.Ordinal) => Login,
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/compte/acces-refuse", StringComparison.Ordinal) => Denied,
            HttpStatusCode.Redirect or HttpStatusCode.Found => Go,
            var other => ((int)other).ToString(),
        };
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
