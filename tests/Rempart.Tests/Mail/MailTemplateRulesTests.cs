using Rempart.Domain.Mail;
using Rempart.Web.Mail;

namespace Rempart.Tests.Mail;

/// <summary>What a template may contain: its kind's tokens, escaped unless Rempart built the HTML itself.</summary>
public sealed class MailTemplateRulesTests
{
    private static readonly MailTemplateDefinition Confirmed = MailTemplateCatalogue.Find(MailTemplateCatalogue.Confirmed)!;

    [Fact]
    public void EveryShippedDefault_IsValid_CompilesAndSurvivesTheAllowlistUnchanged()
    {
        Assert.Equal(MailTemplateCatalogue.All.Count, MailTemplateCatalogue.All.Select(d => d.Key).Distinct().Count());
        foreach (var definition in MailTemplateCatalogue.All)
        {
            Assert.Empty(MailTemplateRules.Validate(definition, definition.Subject, definition.Body));
            Assert.Null(RenderTemplate.Problem(definition.Body));
            Assert.Equal(CleanHtml.Execute(definition.Body), CleanHtml.Execute(CleanHtml.Execute(definition.Body)));
            Assert.Empty(MailTemplateRules.Validate(definition, definition.Subject, CleanHtml.Execute(definition.Body)));
        }
    }

    [Theory]
    [InlineData("<p>{{volontaire.prenon}}</p>", "Le nom « volontaire.prenon » n'existe pas pour ce message.")]
    [InlineData("<p>{{{volontaire.nom_complet}}}</p>", "afficherait « volontaire.nom_complet » sans l'échapper")]
    [InlineData("<p>{{#if inscription.motif}}Motif</p>", "n'est pas fermé")]
    [InlineData("<p>{{else}}</p>", "doit être à l'intérieur")]
    [InlineData("<p>{{/if}}</p>", "ne ferme aucun bloc")]
    [InlineData("<p>{{> partiel}}</p>", "n'est pas une expression permise")]
    [InlineData("<p>{{lookup session 'chantier'}}</p>", "n'est pas une expression permise")]
    [InlineData("<p>{{#each recapitulatif}}x{{/each}}</p>", "n'est pas une expression permise")]
    [InlineData("<p>{{#if paiement.montant}}x{{/if}}</p>", "« paiement.montant » n'existe pas")]
    public void AnExpressionOutsideTheKindsTokens_IsRefused_WithWhatIsWrongNamed(string body, string message)
    {
        var errors = MailTemplateRules.Validate(Confirmed, "Objet", body);
        Assert.Contains(message, errors["Body"], StringComparison.Ordinal);
    }

    [Fact]
    public void TokensBlocksCommentsAndTheSummaryUnescaped_AreAllowed()
    {
        var body = "<p>{{! pour l'équipe }}Bonjour {{volontaire.prenom}}, {{#unless inscription.motif}}sans motif{{else}}{{inscription.motif}}{{/unless}}</p>{{{recapitulatif}}}";
        Assert.Empty(MailTemplateRules.Validate(Confirmed, "Confirmé : {{session.chantier}}", body));
        Assert.Equal(["volontaire.prenom", "inscription.motif", "recapitulatif"], MailTemplateRules.TokensOf(body));
        Assert.Contains("Subject", MailTemplateRules.Validate(Confirmed, "Ligne 1\nLigne 2", body).Keys);
        Assert.Contains("Subject", MailTemplateRules.Validate(Confirmed, " ", body).Keys);
        Assert.Contains("Body", MailTemplateRules.Validate(Confirmed, "Objet", "").Keys);
    }

    [Fact]
    public void AVolunteerNamedLikeAScript_IsEscapedInTheBody_AndTheSubjectStaysOneLine()
    {
        var tokens = new Dictionary<string, string?>
        {
            ["volontaire.nom_complet"] = "<script>alert('x')</script>", ["session.chantier"] = "Fort \"Boyard\"\r\nBcc: pirate@example.org",
            ["recapitulatif"] = "<table><tr><td>Séjour</td></tr></table>",
        };
        var body = RenderTemplate.Body("<p>{{volontaire.nom_complet}} à {{session.chantier}}</p>{{{recapitulatif}}}", tokens);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("&quot;Boyard&quot;", body, StringComparison.Ordinal);
        Assert.Contains("<table><tr><td>Séjour</td></tr></table>", body, StringComparison.Ordinal);

        var subject = RenderTemplate.Subject("Inscription : {{session.chantier}}", tokens);
        Assert.DoesNotContain('\n', subject);
        Assert.DoesNotContain('\r', subject);
        // An unknown or empty value renders empty, never the expression.
        Assert.Equal("<p>Bonjour </p>", RenderTemplate.Body("<p>Bonjour {{volontaire.prenom}}</p>", tokens));
    }
}
