namespace Rempart.Domain.Mail;

/// <summary>
/// A value a template may show: <c>{{name}}</c>, HTML-escaped. Tokens marked <see cref="Html"/> are
/// blocks Rempart builds itself from escaped values (a table of what was ordered) and are the only
/// ones a template may write unescaped, as <c>{{{name}}}</c>. A token that may be empty can be
/// tested with <c>{{#if name}}...{{/if}}</c>.
/// </summary>
public sealed record MailToken(string Name, string Description, string Sample, bool Html = false);

/// <summary>The tokens shared by several kinds of e-mail.</summary>
public static class MailTokens
{
    public static readonly MailToken Union = new("union.nom", "Le nom de l'Union", "Union REMPART");
    public static readonly MailToken FirstName = new("volontaire.prenom", "Le prénom du volontaire", "Camille");
    public static readonly MailToken FullName = new("volontaire.nom_complet", "Le prénom et le nom du volontaire", "Camille Durand");
    public static readonly MailToken Worksite = new("session.chantier", "Le chantier de la session", "Restauration du château de Guédelon");
    public static readonly MailToken Site = new("session.site", "Le site du chantier", "Château de Treigny");
    public static readonly MailToken Dates = new("session.dates", "Les dates de la session", "du 03/07/2027 au 16/07/2027");
    public static readonly MailToken Start = new("session.debut", "Le premier jour de la session", "03/07/2027");
    public static readonly MailToken MyRegistrations = new("lien_inscriptions", "L'adresse de « Mes inscriptions »", "https://rempart.example/benevole/inscriptions");
    public static readonly MailToken ThisRegistration = new("lien_inscription", "L'adresse de cette inscription", "https://rempart.example/benevole/inscriptions/1");
    public static readonly MailToken Activation = new("lien_activation", "L'adresse pour activer le compte créé avec l'inscription (vide si le compte existait)", "https://rempart.example/compte/activer?code=...");
    public static readonly MailToken Stage = new("inscription.etape", "L'étape où en est l'inscription", "Candidature acceptée");
    public static readonly MailToken NextStep = new("inscription.prochaine_etape", "Ce qui vient ensuite, en une phrase", "Complétez votre dossier : fiche sanitaire et autorisations.");
    public static readonly MailToken Reason = new("inscription.motif", "Le motif donné par l'association (peut être vide)", "La session est réservée aux plus de 18 ans.");

    public static readonly IReadOnlyList<MailToken> Registration = [Union, FirstName, FullName, Worksite, Site, Dates, Start, MyRegistrations];
}
