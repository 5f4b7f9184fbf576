using Rempart.Domain.Accounts;
using Rempart.Domain.Programming;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Programming;

public sealed class ProgrammeRulesTests
{
    private static Session Session(string start, string end, string? opens = null, string? closes = null) => new()
    {
        StartDate = DateOnly.Parse(start), EndDate = DateOnly.Parse(end), Capacity = 10, MinimumAge = 18,
        RegistrationOpens = opens is null ? null : DateOnly.Parse(opens), RegistrationCloses = closes is null ? null : DateOnly.Parse(closes),
    };

    [Theory]
    [InlineData("2027-07-05", "RegistrationCloses")]
    [InlineData("2027-07-10", "RegistrationCloses")]
    public void RegistrationClosingOnOrAfterTheStart_IsRefused(string closes, string field)
    {
        var errors = SessionRules.Validate(Session("2027-07-05", "2027-07-19", "2027-01-15", closes));

        Assert.Equal("La clôture des inscriptions doit précéder le début de la session.", errors[field]);
    }

    [Fact]
    public void RegistrationClosingTheDayBeforeTheStart_IsAccepted()
    {
        Assert.Empty(SessionRules.Validate(Session("2027-07-05", "2027-07-19", "2027-01-15", "2027-07-04")));
    }

    [Fact]
    public void RegistrationOpeningAfterItCloses_IsRefused()
    {
        var errors = SessionRules.Validate(Session("2027-07-05", "2027-07-19", "2027-06-01", "2027-05-01"));

        Assert.Equal("L'ouverture des inscriptions doit précéder leur clôture.", errors["RegistrationOpens"]);
    }

    [Fact]
    public void Site_WithoutNameCommuneOrAssociation_ReportsEachField()
    {
        var errors = SiteRules.Validate(new Site { Name = " ", Commune = "" });

        Assert.Equal(["AssociationId", "Commune", "Name"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("France", "8952", true)]
    [InlineData("France", "89520", false)]
    [InlineData("Suisse", "8260", false)]
    public void Site_FrenchPostcodesHaveFiveDigits_OthersAreFree(string country, string postcode, bool refused)
    {
        var site = new Site { Name = "Château", Commune = "Treigny", Country = country, Postcode = postcode, AssociationId = Guid.NewGuid() };

        Assert.Equal(refused, SiteRules.Validate(site).ContainsKey("Postcode"));
    }

    [Fact]
    public void Site_WithOnlyOneCoordinate_IsRefused()
    {
        var site = new Site { Name = "Château", Commune = "Treigny", Latitude = 47.5, AssociationId = Guid.NewGuid() };

        Assert.Equal("Indiquez la latitude et la longitude, ou aucune des deux.", SiteRules.Validate(site)["Longitude"]);
    }

    [Fact]
    public void AssociationManager_EditsOnlyTheirOwnAssociationsWorksites_AndNoSite()
    {
        var association = Guid.NewGuid();
        var manager = TestActors.Holding(association, ProfileKind.AssociationManager);

        Assert.True(ProgrammeAccess.CanEditWorksitesOf(manager, association));
        Assert.False(ProgrammeAccess.CanEditWorksitesOf(manager, Guid.NewGuid()));
        Assert.False(ProgrammeAccess.CanEditSites(manager));
    }

    [Fact]
    public void Staff_EditEverything_AVolunteerNothing()
    {
        var staff = TestActors.Holding(null, ProfileKind.Staff);
        var volunteer = TestActors.Holding(Guid.NewGuid(), ProfileKind.Volunteer);

        Assert.True(ProgrammeAccess.CanEditSites(staff));
        Assert.True(ProgrammeAccess.CanEditWorksitesOf(staff, Guid.NewGuid()));
        Assert.False(ProgrammeAccess.CanEditWorksitesOf(volunteer, volunteer.OrganisationId!.Value));
    }
}
