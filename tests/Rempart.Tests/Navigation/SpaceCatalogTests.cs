using Rempart.Domain.Accounts;
using Rempart.Domain.Navigation;

namespace Rempart.Tests.Navigation;

public sealed class SpaceCatalogTests
{
    [Fact]
    public void Volunteer_MayOpenOnlyTheVolunteerSpace()
    {
        Assert.Equal([SpaceCatalog.Volunteer], SpaceCatalog.For([ProfileKind.Volunteer]));
    }

    [Fact]
    public void SuperAdmin_MayOpenTheBackOfficeTheExtranetAndTheAdministration_AndLandsInTheBackOffice()
    {
        var spaces = SpaceCatalog.For([ProfileKind.SuperAdmin]);

        Assert.Equal([SpaceCatalog.BackOffice, SpaceCatalog.Extranet, SpaceCatalog.Administration], spaces);
        Assert.Equal(SpaceCatalog.BackOffice, SpaceCatalog.LandingFor([ProfileKind.SuperAdmin]));
    }

    [Fact]
    public void SomeoneHoldingTwoProfiles_SeesBothSpaces_InMenuOrder()
    {
        var spaces = SpaceCatalog.For([ProfileKind.ExtranetMember, ProfileKind.AssociationManager]);

        Assert.Equal([SpaceCatalog.Association, SpaceCatalog.Extranet], spaces);
    }

    [Fact]
    public void AccountWithoutProfile_HasNoSpaceToLandIn()
    {
        Assert.Empty(SpaceCatalog.For([]));
        Assert.Null(SpaceCatalog.LandingFor([]));
    }

    [Fact]
    public void EveryProfile_MayOpenAtLeastOneSpace()
    {
        Assert.All(Enum.GetValues<ProfileKind>(), p => Assert.NotNull(SpaceCatalog.LandingFor([p])));
    }

    [Fact]
    public void RoleNames_RoundTrip()
    {
        Assert.All(Enum.GetValues<ProfileKind>(), p => Assert.Equal(p, ProfileRoles.Parse(ProfileRoles.For(p))));
        Assert.Null(ProfileRoles.Parse("inconnu"));
    }

    [Fact]
    public void AnEntryInSeveralSpaces_ShowsOnce_InTheFirstSpaceOpened()
    {
        static IEnumerable<string> Entries(params ProfileKind[] profiles) =>
            SpaceCatalog.MenuFor(profiles).SelectMany(s => s.Sections.Select(i => $"{s.Key}:{i.Href}"));

        Assert.Equal(["extranet:/documents"], Entries(ProfileKind.ExtranetMember).Where(e => e.EndsWith("/documents", StringComparison.Ordinal)));
        Assert.Equal(["gestion:/documents"], Entries(ProfileKind.Staff).Where(e => e.EndsWith("/documents", StringComparison.Ordinal)));
        Assert.Equal(["association:/documents"], Entries(ProfileKind.AssociationManager, ProfileKind.ExtranetMember).Where(e => e.EndsWith("/documents", StringComparison.Ordinal)));
    }
}
