using Rempart.Domain.Programming;

namespace Rempart.Tests.Programming;

public sealed class SessionScheduleTests
{
    private static readonly Guid Worksite = Guid.NewGuid();
    private static readonly Guid OtherWorksite = Guid.NewGuid();
    private static readonly Guid Lea = Guid.NewGuid();
    private static readonly Guid Hugo = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [Lea] = "Léa Martin", [Hugo] = "Hugo Petit" };

    private static ScheduledSession At(Guid worksite, string start, string end, params Guid[] leaders) =>
        new(Guid.NewGuid(), worksite, "Restauration du lavoir", DateOnly.Parse(start), DateOnly.Parse(end), leaders);

    [Fact]
    public void SameWorksite_OverlappingDates_IsAConflict_ThatNamesTheOtherSessionsDates()
    {
        var existing = At(Worksite, "2027-07-05", "2027-07-19");
        var candidate = At(Worksite, "2027-07-12", "2027-07-26");

        var conflict = Assert.Single(SessionSchedule.ConflictsOf(candidate, [existing], Names));

        Assert.Equal(ConflictKind.SameWorksite, conflict.Kind);
        Assert.Equal(existing.Id, conflict.With.Id);
        Assert.Equal("Ces dates chevauchent une autre session de ce chantier (du 05/07/2027 au 19/07/2027).", conflict.Message);
    }

    [Fact]
    public void SameWorksite_StartingTheDayTheOtherEnds_IsNoConflict()
    {
        var existing = At(Worksite, "2027-07-05", "2027-07-19");
        var candidate = At(Worksite, "2027-07-19", "2027-08-02");

        Assert.Empty(SessionSchedule.ConflictsOf(candidate, [existing], Names));
    }

    [Fact]
    public void SameWorksite_EndingTheDayAfterTheOtherStarts_IsAConflict()
    {
        var existing = At(Worksite, "2027-07-19", "2027-08-02");
        var candidate = At(Worksite, "2027-07-05", "2027-07-20");

        Assert.Single(SessionSchedule.ConflictsOf(candidate, [existing], Names));
    }

    [Fact]
    public void Leader_LeadingTwoOverlappingSessionsOnDifferentWorksites_IsAConflict_NamingTheLeader()
    {
        var existing = At(OtherWorksite, "2027-07-05", "2027-07-19", Lea);
        var candidate = At(Worksite, "2027-07-10", "2027-07-24", Lea, Hugo);

        var conflict = Assert.Single(SessionSchedule.ConflictsOf(candidate, [existing], Names));

        Assert.Equal(ConflictKind.Leader, conflict.Kind);
        Assert.Equal(Lea, conflict.LeaderId);
        Assert.StartsWith("Léa Martin anime déjà « Restauration du lavoir »", conflict.Message);
    }

    [Fact]
    public void DifferentWorksitesAndLeaders_MayOverlapFreely()
    {
        var existing = At(OtherWorksite, "2027-07-05", "2027-07-19", Lea);
        var candidate = At(Worksite, "2027-07-05", "2027-07-19", Hugo);

        Assert.Empty(SessionSchedule.ConflictsOf(candidate, [existing], Names));
    }

    [Fact]
    public void ASession_NeverConflictsWithItself_WhenItsDatesChange()
    {
        var saved = At(Worksite, "2027-07-05", "2027-07-19", Lea);
        var moved = saved with { Start = DateOnly.Parse("2027-07-06"), End = DateOnly.Parse("2027-07-20") };

        Assert.Empty(SessionSchedule.ConflictsOf(moved, [saved], Names));
    }

    [Fact]
    public void SameWorksiteAndSameLeader_ReportsBothReasons_InDateOrder()
    {
        var later = At(Worksite, "2027-07-15", "2027-07-25", Lea);
        var earlier = At(Worksite, "2027-07-01", "2027-07-08", Lea);
        var candidate = At(Worksite, "2027-07-05", "2027-07-20", Lea);

        var conflicts = SessionSchedule.ConflictsOf(candidate, [later, earlier], Names);

        Assert.Equal([earlier.Id, earlier.Id, later.Id, later.Id], conflicts.Select(c => c.With.Id));
        Assert.Equal([ConflictKind.SameWorksite, ConflictKind.Leader, ConflictKind.SameWorksite, ConflictKind.Leader], conflicts.Select(c => c.Kind));
    }

    [Fact]
    public void CancelledSession_FreesItsDatesAndItsLeaders()
    {
        var cancelled = At(Worksite, "2027-07-05", "2027-07-19", Lea) with { IsCancelled = true };
        var candidate = At(Worksite, "2027-07-05", "2027-07-19", Lea);

        Assert.Empty(SessionSchedule.ConflictsOf(candidate, [cancelled], Names));
    }
}
