using Rempart.Data.PersonalData;
using Rempart.Domain.Registrations;
using Rempart.Web.Pdf;

namespace Rempart.Web.PersonalData;

/// <summary>The same copy of a person's data as the JSON, laid out for reading and printing, in French.</summary>
public static class PersonalDataPdf
{
    public static byte[] Write(PersonalDataExport data)
    {
        var pdf = new PdfTextDocument("Mes données personnelles – Union REMPART");
        pdf.Paragraph($"Copie établie le {data.ExportedAt.ToLocalTime():dd/MM/yyyy à HH:mm}. Elle contient tout ce que Rempart conserve sur vous ; " +
                      "les documents envoyés sont listés, et se téléchargent depuis chaque inscription.");

        pdf.Heading("Compte");
        pdf.Field("Adresse e-mail", data.Account.Email);
        pdf.Field("Nom affiché", data.Account.DisplayName);
        pdf.Field("Créé le", data.Account.CreatedAt.ToLocalTime().ToString("dd/MM/yyyy"));
        pdf.Field("Organisation", data.Account.Organisation);
        pdf.Field("Profils", string.Join(", ", data.Account.Profiles));

        foreach (var person in data.People)
        {
            pdf.Heading(person.IsMe ? $"Volontaire : {person.FirstName} {person.LastName} (vous)" : $"Volontaire inscrit par vous : {person.FirstName} {person.LastName}");
            pdf.Field("Adresse e-mail", person.Email);
            pdf.Field("Téléphone", person.Phone);
            pdf.Field("Date de naissance", person.BirthDate.ToString("dd/MM/yyyy"));
            pdf.Field("Adresse", Join(person.Address, person.PostalCode, person.City));
            pdf.Field("Pays", person.Country);
            pdf.Field("Personne à prévenir", Join(person.EmergencyContactName, person.EmergencyContactPhone));
            pdf.Field("Régime, allergies", person.Diet);
            pdf.Field("Langues", person.Languages);
            pdf.Field("Savoir-faire", person.Skills);
        }

        foreach (var registration in data.Registrations)
        {
            pdf.Heading($"Inscription : {registration.Worksite}, du {registration.Start:dd/MM/yyyy} au {registration.End:dd/MM/yyyy}");
            pdf.Field("Volontaire", registration.Volunteer);
            pdf.Field("Site", registration.Site);
            pdf.Field("Étape", Label(registration.Stage));
            pdf.Field("Motivation", registration.Motivation);
            pdf.Field("Représentant légal", registration.GuardianName);
            pdf.Field("Accord du représentant légal", registration.GuardianConsentAt?.ToLocalTime().ToString("dd/MM/yyyy HH:mm"));
            pdf.Field("Accord du ou de la jeune", registration.MinorConsentAt?.ToLocalTime().ToString("dd/MM/yyyy HH:mm"));
            foreach (var document in registration.Documents)
                pdf.Field("Document", $"{document.FileName} ({document.Kind}, {document.Status}, envoyé le {document.UploadedAt.ToLocalTime():dd/MM/yyyy})");
            foreach (var step in registration.History)
                pdf.Field(step.At.ToLocalTime().ToString("dd/MM/yyyy HH:mm"), $"{Label(step.To)} (par {step.By}){(step.Reason is null ? "" : $" : {step.Reason}")}");
        }

        if (data.PeopleIManage.Count > 0)
        {
            pdf.Heading("Personnes que vous gérez");
            pdf.Paragraph(string.Join(", ", data.PeopleIManage));
        }
        pdf.Heading("Journal de sécurité de votre compte");
        if (data.SecurityLog.Count == 0) pdf.Paragraph("Aucun évènement.");
        foreach (var entry in data.SecurityLog)
            pdf.Field(entry.At.ToLocalTime().ToString("dd/MM/yyyy HH:mm"), $"{entry.Event}{(entry.IpAddress is null ? "" : $" depuis {entry.IpAddress}")}");
        return pdf.ToBytes();
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Label(string stage) => Enum.TryParse<RegistrationStage>(stage, out var parsed) ? RegistrationLifecycle.Label(parsed) : stage;
}
