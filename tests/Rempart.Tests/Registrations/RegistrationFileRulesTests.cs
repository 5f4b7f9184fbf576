using Rempart.Domain.Registrations;

using UploadFormat = Rempart.Domain.Registrations.DocumentFormat;

namespace Rempart.Tests.Registrations;

public sealed class RegistrationFileRulesTests
{
    [Theory]
    [InlineData("%PDF-1.7", "application/pdf")]
    [InlineData("\xFF\xD8\xFF\xE0", "image/jpeg")]
    [InlineData("\x89PNG\r\n\x1A\n", "image/png")]
    [InlineData("<svg xmlns", null)]
    [InlineData("PK\x03\x04", null)]
    [InlineData("%PD", null)]
    public void ADocumentsFormat_IsToldByItsFirstBytes(string header, string? expected) =>
        Assert.Equal(expected, UploadFormat.Detect(header.Select(c => (byte)c).ToArray())?.ContentType);

    [Theory]
    [InlineData(25, new string[0])]
    [InlineData(18, new string[0])]
    [InlineData(17, new[] { "GuardianConsents", "GuardianName" })]
    [InlineData(15, new[] { "GuardianConsents", "GuardianName" })]
    [InlineData(14, new[] { "GuardianConsents", "GuardianName", "MinorConsents" })]
    public void Consents_FollowTheAgeOfTheVolunteer(int age, string[] missing) =>
        Assert.Equal(missing, ConsentRules.Missing(age, null, false, false).Keys.Order());

    [Fact]
    public void AMinorsRegistration_AlwaysAsksForAParentalAuthorisation_AndTheSessionsOwnDocuments()
    {
        Assert.Equal([DocumentKind.IdentityDocument, DocumentKind.ParentalAuthorisation, DocumentKind.HealthForm, DocumentKind.Certificate],
            DocumentRules.Required(identityDocument: true, healthForm: true, certificate: "Vaccin antitétanique", ageAtStart: 16));
        Assert.Empty(DocumentRules.Required(identityDocument: false, healthForm: false, certificate: " ", ageAtStart: 18));
    }

    [Fact]
    public void ADraft_IsKeptHalfFilled_ButNotWithAWrongPhone_AndSendingNeedsEverything()
    {
        Assert.Empty(RegistrationFileRules.ValidateDraft(new RegistrationFileDraft { City = "Dijon" }));
        Assert.Equal(["EmergencyContactPhone"], RegistrationFileRules.ValidateDraft(new RegistrationFileDraft { EmergencyContactPhone = "appelle-moi" }).Keys);

        var errors = RegistrationFileRules.ValidateForSending(new RegistrationFileDraft { Motivation = "Parce que." }, motivationRequired: true, ageToday: 30, ["Fiche sanitaire"]);

        Assert.Equal(["", "Address", "City", "EmergencyContactName", "EmergencyContactPhone", "Motivation", "PostalCode"], errors.Keys.Order());
        Assert.Equal("Documents à envoyer : Fiche sanitaire.", errors[""]);
    }

    [Fact]
    public void AnUpload_IsRefused_WhenEmpty_TooBig_OrOfAnotherKind()
    {
        Assert.Contains("est vide", DocumentRules.Refuse("a.pdf", 0, 100, UploadFormat.Pdf));
        Assert.Contains("dépasse", DocumentRules.Refuse("a.pdf", 101, 100, UploadFormat.Pdf));
        Assert.Contains("n'est ni un PDF", DocumentRules.Refuse("a.pdf", 50, 100, null));
        Assert.Null(DocumentRules.Refuse("a.pdf", 50, 100, UploadFormat.Pdf));
    }
}
