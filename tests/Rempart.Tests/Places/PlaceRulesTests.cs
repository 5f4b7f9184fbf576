using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Tests.Infrastructure;

namespace Rempart.Tests.Places;

public sealed class PlaceRulesTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void APlaceIsTaken_WhenConfirmed_OrHeldAndNotRunOut()
    {
        Assert.True(PlaceRules.TakesAPlace(RegistrationStatus.Confirmed, null, Now));
        Assert.True(PlaceRules.TakesAPlace(RegistrationStatus.Held, Now.AddSeconds(1), Now));
        Assert.False(PlaceRules.TakesAPlace(RegistrationStatus.Held, Now, Now));
        Assert.False(PlaceRules.TakesAPlace(RegistrationStatus.Expired, Now.AddHours(1), Now));
        Assert.False(PlaceRules.TakesAPlace(RegistrationStatus.Cancelled, null, Now));
    }

    [Fact]
    public void TheOpenPool_IsCapacityMinusAllocations_AndEachAllocationItsSize()
    {
        var a = new AllocationUse(Guid.NewGuid(), Size: 4, Used: 3);
        var b = new AllocationUse(Guid.NewGuid(), Size: 2, Used: 2);

        Assert.Null(PlaceRules.CanTake(10, [a, b], openPoolUsed: 3, allocationId: null));
        Assert.Equal(HoldRefusal.SessionFull, PlaceRules.CanTake(10, [a, b], openPoolUsed: 4, allocationId: null));
        Assert.Null(PlaceRules.CanTake(10, [a, b], openPoolUsed: 4, allocationId: a.AllocationId));
        Assert.Equal(HoldRefusal.AllocationFull, PlaceRules.CanTake(10, [a, b], openPoolUsed: 0, allocationId: b.AllocationId));
        Assert.Equal(HoldRefusal.NotAllowed, PlaceRules.CanTake(10, [a, b], openPoolUsed: 0, allocationId: Guid.NewGuid()));
    }

    [Fact]
    public void Allocations_NeverExceedCapacity_NorShrinkBelowWhatTheyUse()
    {
        var a = new AllocationUse(Guid.NewGuid(), Size: 6, Used: 2);
        var shrunk = a with { Size = 1 };

        Assert.Empty(PlaceRules.ValidateAllocations(10, [a], openPoolUsed: 4));
        Assert.Equal("Les réservations totalisent 6 places, et 5 place(s) sont déjà prises hors réservation, pour une capacité de 10.",
            PlaceRules.ValidateAllocations(10, [a], openPoolUsed: 5)[""]);
        Assert.Equal("Les réservations totalisent 11 places pour une capacité de 10.",
            PlaceRules.ValidateAllocations(10, [a, a with { AllocationId = Guid.NewGuid(), Size = 5, Used = 0 }], openPoolUsed: 0)[""]);
        Assert.Equal("2 place(s) sont déjà prises dans cette réservation : elle ne peut pas descendre en dessous.",
            PlaceRules.ValidateAllocations(10, [shrunk], 0)[a.AllocationId.ToString()]);
    }

    [Theory]
    [InlineData("2009-07-05", true)]   // 18 on the first day
    [InlineData("2009-07-06", false)]  // 18 the day after the first day
    [InlineData("1997-07-06", true)]   // 29 on the first day: still within a maximum of 29
    [InlineData("1997-07-05", false)]  // 30 on the first day
    public void AgeLimits_ApplyOnTheSessionsFirstDay(string birthDate, bool allowed)
    {
        Assert.Equal(allowed, PlaceRules.AgeAllowed(DateOnly.Parse(birthDate), new DateOnly(2027, 7, 5), 18, 29));
    }

    [Fact]
    public void AManager_TakesTheirOwnAllocations_TheOpenPoolOnlyWhenTheSessionAllowsIt_AndStaffEverything()
    {
        var association = Guid.NewGuid();
        var manager = TestActors.Holding(association, ProfileKind.AssociationManager);
        var own = new Allocation { OrganisationId = association, Size = 2 };
        var other = new Allocation { OrganisationId = Guid.NewGuid(), Size = 2 };
        var profileId = Guid.NewGuid();
        var forProfile = new Allocation { ProfileId = profileId, Size = 2 };
        var staff = TestActors.Holding(null, ProfileKind.Staff);
        var volunteer = TestActors.Holding(null, ProfileKind.Volunteer);

        Assert.True(PlaceAccess.MayTake(manager, own, false, false, new HashSet<Guid>()));
        Assert.False(PlaceAccess.MayTake(manager, other, false, false, new HashSet<Guid>()));
        Assert.False(PlaceAccess.MayTake(manager, null, false, false, new HashSet<Guid>()));
        Assert.True(PlaceAccess.MayTake(manager, null, false, true, new HashSet<Guid>()));
        Assert.True(PlaceAccess.MayTake(volunteer, forProfile, false, false, new HashSet<Guid> { profileId }));
        Assert.False(PlaceAccess.MayTake(volunteer, forProfile, false, false, new HashSet<Guid>()));
        Assert.True(PlaceAccess.MayTake(volunteer, null, true, false, new HashSet<Guid>()));
        Assert.False(PlaceAccess.MayTake(volunteer, null, false, false, new HashSet<Guid>()));
        Assert.True(PlaceAccess.MayTake(staff, other, false, false, new HashSet<Guid>()));
    }
}
