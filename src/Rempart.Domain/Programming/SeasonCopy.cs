namespace Rempart.Domain.Programming;

/// <summary>
/// Copying a season: each session moves 52 weeks later, so it keeps its weekday (a session that
/// started on a Saturday starts on a Saturday), one or two days earlier in the calendar.
/// </summary>
public static class SeasonCopy
{
    public const int DaysShifted = 52 * 7;

    public static DateOnly Shift(DateOnly date) => date.AddDays(DaysShifted);

    /// <summary>The next season's draft of a session: new id, dates and registration dates shifted, same leaders.</summary>
    public static Session CopyOf(Session session)
    {
        var copy = session.CopyFields();
        copy.Id = Guid.NewGuid();
        copy.Version = Guid.NewGuid();
        copy.StartDate = Shift(session.StartDate);
        copy.EndDate = Shift(session.EndDate);
        copy.RegistrationOpens = session.RegistrationOpens is { } opens ? Shift(opens) : null;
        copy.RegistrationCloses = session.RegistrationCloses is { } closes ? Shift(closes) : null;
        copy.Status = SessionStatus.Draft;
        copy.Leaders = session.Leaders.Select(l => new SessionLeader { SessionId = copy.Id, LeaderId = l.LeaderId }).ToList();
        return copy;
    }
}
