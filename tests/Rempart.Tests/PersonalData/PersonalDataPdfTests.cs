using Rempart.Data.PersonalData;
using Rempart.Tests.Infrastructure;
using Rempart.Web.PersonalData;

namespace Rempart.Tests.PersonalData;

public sealed class PersonalDataPdfTests
{
    [Fact]
    public async Task TheCopy_ReadsBackWithAnIndependentReader_AccentsAndLongTextsIncluded()
    {
        var history = new[] { new ExportedStep(new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), null, "PreRegistered", "Zoé Lefèvre", null) };
        var registration = new ExportedRegistration("Zoé Lefèvre", "Restauration des courtines", "Château de Guédelon", new DateOnly(2027, 7, 5), new DateOnly(2027, 7, 18),
            "Confirmed", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), string.Join(" ", Enumerable.Repeat("J'aime les vieilles pierres (et le travail en équipe) – œuvre commune.", 40)),
            null, null, null, history, [new ExportedDocument("HealthForm", "fiche-sanitaire.pdf", new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), "Accepted", null)]);
        var data = new PersonalDataExport(DateTime.UtcNow, new ExportedAccount("zoe@exemple.fr", "Zoé Lefèvre", DateTime.UtcNow, null, ["Bénévole"]),
            [new ExportedVolunteer("Zoé", "Lefèvre", "zoe@exemple.fr", "06 12 34 56 78", new DateOnly(2001, 5, 17), "3 rue de l'Église", "89520", "Treigny", "France", null, null, "sans gluten", "français", null, true)],
            Enumerable.Repeat(registration, 6).ToList(), [], []);

        var text = await PdfText.ExtractAsync(PersonalDataPdf.Write(data));

        Assert.Contains("Volontaire : Zoé Lefèvre (vous)", text);
        Assert.Contains("Adresse : 3 rue de l'Église 89520 Treigny", text);
        Assert.Contains("Étape : confirmée", text);
        Assert.Contains("(et le travail en équipe) – œuvre commune.", text);
        Assert.Contains("fiche-sanitaire.pdf", text);
        Assert.Contains("Aucun évènement.", text);
        Assert.True(text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length > 2, "six long registrations flow over several pages");
    }
}
