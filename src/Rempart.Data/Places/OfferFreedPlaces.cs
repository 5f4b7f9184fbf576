using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rempart.Data.Programming;
using Rempart.Domain.Places;
using Rempart.Domain.Registrations;

namespace Rempart.Data.Places;

/// <summary>An offer to send: the link's token exists only in this object and in the e-mail.</summary>
public sealed record PlaceOffer(Guid EntryId, string Token, string Email, string VolunteerName, string Worksite, DateOnly Start, DateTime ExpiresAt);

/// <summary>
/// Offers the places that freed up to the waiting lists, in order: ends offers that ran out, then,
/// under each session's lock, keeps a freed place for the first person waiting in its pool (a hold
/// lasting Places:OfferHours) and returns the offers for the caller to mail.
/// </summary>
public sealed class OfferFreedPlaces(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, IOptions<PlaceOptions> options, ProgrammeChangeFeed feed)
{
    public async Task<IReadOnlyList<PlaceOffer>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lapsed = await db.WaitingList.Where(e => e.Status == WaitingStatus.Offered && e.OfferExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var entry in lapsed)
        {
            entry.Status = WaitingStatus.Expired;
            db.SessionEvents.Add(new SessionEvent { SessionId = entry.SessionId, At = now, By = "Rempart", Text = "Une place proposée sur liste d'attente n'a pas été acceptée à temps : elle passe à la personne suivante." });
        }
        await db.SaveChangesAsync(cancellationToken);

        var offers = new List<PlaceOffer>();
        var sessions = await db.WaitingList.Where(e => e.Status == WaitingStatus.Waiting).Select(e => e.SessionId).Distinct().ToListAsync(cancellationToken);
        foreach (var sessionId in sessions)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await PlaceLedger.LockSessionAsync(db, sessionId, cancellationToken);
            var capacity = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Capacity).FirstAsync(cancellationToken);
            var waiting = await db.WaitingList.Where(e => e.SessionId == sessionId && e.Status == WaitingStatus.Waiting)
                .OrderBy(e => e.Position).ToListAsync(cancellationToken);
            var made = new List<(WaitingListEntry Entry, string Token)>();
            foreach (var entry in waiting)
            {
                var (allocations, openPoolUsed) = await PlaceLedger.UsesAsync(db, sessionId, now, except: null, cancellationToken);
                if (PlaceRules.CanTake(capacity, allocations, openPoolUsed, entry.AllocationId) is not null) continue;
                var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
                var expires = now.AddHours(options.Value.OfferHours);
                var hold = new Registration { SessionId = sessionId, VolunteerId = entry.VolunteerId, AllocationId = entry.AllocationId };
                db.RegistrationHistory.Add(hold.Begin(RegistrationStage.PreRegistered, RegistrationStatus.Held, now, "Rempart", null, expires));
                db.Registrations.Add(hold);
                entry.Status = WaitingStatus.Offered;
                entry.OfferedAt = now;
                entry.OfferExpiresAt = expires;
                entry.RegistrationId = hold.Id;
                entry.OfferTokenHash = Hash(token);
                db.SessionEvents.Add(new SessionEvent { SessionId = sessionId, At = now, By = "Rempart", Text = $"Une place libérée est proposée à la personne n° {entry.Position} de la liste d'attente, jusqu'au {expires.ToLocalTime():dd/MM/yyyy HH:mm}." });
                // Saved one by one: the next pass over the pool counts this hold.
                await db.SaveChangesAsync(cancellationToken);
                made.Add((entry, token));
            }
            await transaction.CommitAsync(cancellationToken);
            if (made.Count == 0) continue;
            feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, sessionId, null));
            foreach (var (entry, token) in made)
            {
                var details = await (from v in db.Volunteers
                                     join s in db.Sessions on entry.SessionId equals s.Id
                                     join w in db.Worksites on s.WorksiteId equals w.Id
                                     where v.Id == entry.VolunteerId
                                     select new { v.Email, Name = v.FirstName + " " + v.LastName, w.Title, s.StartDate }).FirstAsync(cancellationToken);
                offers.Add(new PlaceOffer(entry.Id, token, details.Email, details.Name, details.Title, details.StartDate, entry.OfferExpiresAt!.Value));
            }
        }
        return offers;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
