using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rempart.Data.Programming;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Places;

public enum OfferAnswer
{
    Accepted,
    Declined,
    /// <summary>Wrong link, already answered, or run out: the same answer, so the link reveals nothing.</summary>
    NoLongerValid,
}

public sealed record OfferView(string VolunteerName, string Worksite, DateOnly Start, DateOnly End, DateTime ExpiresAt);

/// <summary>The person offered a place from the waiting list accepts it (their place is confirmed) or declines it (it goes to the next).</summary>
public sealed class AnswerOffer(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    public async Task<OfferView?> ShowAsync(Guid entryId, string? token, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await ValidAsync(db, entryId, token, cancellationToken);
        if (entry is null) return null;
        return await (from v in db.Volunteers
                      join s in db.Sessions on entry.SessionId equals s.Id
                      join w in db.Worksites on s.WorksiteId equals w.Id
                      where v.Id == entry.VolunteerId
                      select new OfferView(v.FirstName + " " + v.LastName, w.Title, s.StartDate, s.EndDate, entry.OfferExpiresAt!.Value)).FirstAsync(cancellationToken);
    }

    public async Task<OfferAnswer> ExecuteAsync(Guid entryId, string? token, bool accept, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessionId = await db.WaitingList.Where(e => e.Id == entryId).Select(e => (Guid?)e.SessionId).FirstOrDefaultAsync(cancellationToken);
        if (sessionId is null) return OfferAnswer.NoLongerValid;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, sessionId.Value, cancellationToken);
        var entry = await ValidAsync(db, entryId, token, cancellationToken);
        if (entry is null) return OfferAnswer.NoLongerValid;
        var now = clock.GetUtcNow().UtcDateTime;
        var hold = await db.Registrations.FirstAsync(r => r.Id == entry.RegistrationId, cancellationToken);
        // People on a waiting list were already taken for the session: a place they accept is an accepted registration.
        db.RegistrationHistory.Add(accept
            ? hold.Enter(RegistrationStage.Accepted, RegistrationStatus.Confirmed, now, "Rempart", null, "Place proposée sur liste d'attente, acceptée.")
            : hold.Enter(RegistrationStage.CancelledByVolunteer, RegistrationStatus.Cancelled, now, "Rempart", null, "Place proposée sur liste d'attente, refusée."));
        entry.Status = accept ? WaitingStatus.Accepted : WaitingStatus.Declined;
        db.SessionEvents.Add(new SessionEvent
        {
            SessionId = entry.SessionId, At = now, By = "Rempart",
            Text = accept ? $"La personne n° {entry.Position} de la liste d'attente a accepté la place proposée." : $"La personne n° {entry.Position} de la liste d'attente a refusé la place proposée.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, entry.SessionId, null));
        return accept ? OfferAnswer.Accepted : OfferAnswer.Declined;
    }

    private async Task<WaitingListEntry?> ValidAsync(RempartDbContext db, Guid entryId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var entry = await db.WaitingList.FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is not { Status: WaitingStatus.Offered, OfferTokenHash: { } hash } || entry.OfferExpiresAt <= clock.GetUtcNow().UtcDateTime) return null;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(OfferFreedPlaces.Hash(token))) ? entry : null;
    }
}
