using Microsoft.EntityFrameworkCore;
using Rempart.Data.Places;
using Rempart.Data.Programming;
using Rempart.Domain.Places;
using Rempart.Domain.Programming;
using Rempart.Domain.Registrations;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.Registrations;

/// <summary>Who is pre-registered, to which session, by whom.</summary>
/// <param name="SessionId">The session asked for.</param>
/// <param name="Form">The volunteer's identity (already validated by <see cref="PreRegistrationRules"/>).</param>
/// <param name="VolunteerUserId">The volunteer's own account, when they have one.</param>
/// <param name="RegistrantUserId">The account of whoever fills the form in.</param>
/// <param name="RegistrantName">Their name, for the history.</param>
public sealed record PreRegistrationRequest(Guid SessionId, PreRegistrationForm Form, Guid? VolunteerUserId, Guid? RegistrantUserId, string RegistrantName);

/// <summary>
/// The registration made (or found), where it stands; or the place on the waiting list; or why
/// there is neither (<see cref="Full"/> when the only reason is that the session is full).
/// </summary>
public sealed record PreRegistrationOutcome(Guid? RegistrationId, RegistrationStage? Stage, bool AlreadyExisted, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => RegistrationId is not null || WaitingPosition is not null;

    public int? WaitingPosition { get; init; }

    public bool Full { get; init; }
}

/// <summary>
/// Records a pre-registration: the volunteer is found (same address, names and birth date) or
/// created, then the request waits for review, or is accepted at once with a place when the session
/// accepts automatically. Everything is decided under the session's lock in one transaction, so the
/// same request sent twice (a double click, a retried call) finds the first and makes nothing new,
/// and a refused one leaves nothing behind.
/// </summary>
public sealed class CreatePreRegistration(IDbContextFactory<RempartDbContext> contexts, TimeProvider clock, ProgrammeChangeFeed feed)
{
    public async Task<PreRegistrationOutcome> ExecuteAsync(PreRegistrationRequest request, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken);
        if (session is null || session.Status != SessionStatus.Published || session.StartDate <= today
            || session.RegistrationOpens > today || session.RegistrationCloses < today)
            return Refused("", "Les inscriptions à cette session ne sont pas ouvertes.");
        var form = request.Form;
        if (!PlaceRules.AgeAllowed(form.BirthDate!.Value, session.StartDate, session.MinimumAge, session.MaximumAge))
            return Refused(nameof(form.BirthDate), AgeMessage(session));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await PlaceLedger.LockSessionAsync(db, session.Id, cancellationToken);
        var (first, last, email) = (form.FirstName.Trim(), form.LastName.Trim(), form.Email.Trim());
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Email.ToLower() == email.ToLower() && v.FirstName.ToLower() == first.ToLower()
            && v.LastName.ToLower() == last.ToLower() && v.BirthDate == form.BirthDate, cancellationToken);
        if (volunteer is null)
        {
            volunteer = new Volunteer { FirstName = first, LastName = last, Email = email, BirthDate = form.BirthDate.Value, CreatedAt = now };
            db.Volunteers.Add(volunteer);
        }
        volunteer.UserId ??= request.VolunteerUserId;
        if (!string.IsNullOrWhiteSpace(form.Phone)) volunteer.Phone = form.Phone.Trim();

        var open = await db.Registrations
            .Where(r => r.SessionId == session.Id && r.VolunteerId == volunteer.Id && OpenStages.Contains(r.Stage))
            .Select(r => new { r.Id, r.Stage }).FirstOrDefaultAsync(cancellationToken);
        if (open is not null) return new PreRegistrationOutcome(open.Id, open.Stage, true, NoErrors);

        var (allocations, openPoolUsed) = await PlaceLedger.UsesAsync(db, session.Id, now, except: null, cancellationToken);
        if (PlaceRules.CanTake(session.Capacity, allocations, openPoolUsed, null) is not null)
        {
            if (!form.JoinWaitingList)
                return Refused("", "Cette session est complète : il n'y a plus de place libre. Vous pouvez demander à être inscrit sur sa liste d'attente.") with { Full = true };
            return await WaitAsync(db, transaction, session, volunteer, request.RegistrantName, now, cancellationToken);
        }

        var registration = new Registration { SessionId = session.Id, VolunteerId = volunteer.Id, RegisteredBy = request.RegistrantUserId };
        db.RegistrationHistory.Add(registration.Begin(RegistrationStage.PreRegistered, RegistrationStatus.Requested, now, request.RegistrantName, request.RegistrantUserId));
        db.RegistrationHistory.Add(session.AcceptAutomatically
            ? registration.Enter(RegistrationStage.Accepted, RegistrationStatus.Confirmed, now, "Rempart", null, "Session à acceptation automatique.")
            : registration.Enter(RegistrationStage.UnderReview, RegistrationStatus.Requested, now, "Rempart", null));
        db.Registrations.Add(registration);
        db.SessionEvents.Add(new SessionEvent
        {
            SessionId = session.Id, At = now, By = request.RegistrantName,
            Text = $"Pré-inscription de {first} {last} : {RegistrationLifecycle.Label(registration.Stage)}.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (registration.Status == RegistrationStatus.Confirmed) feed.Publish(new ProgrammeChange(ProgrammeItemKind.Places, session.Id, request.RegistrantName));
        return new PreRegistrationOutcome(registration.Id, registration.Stage, false, NoErrors);
    }

    /// <summary>
    /// Puts the volunteer at the end of the open pool's waiting list, in the transaction that found
    /// the session full; asking twice keeps the first place in the line.
    /// </summary>
    private async Task<PreRegistrationOutcome> WaitAsync(
        RempartDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Session session, Volunteer volunteer, string by, DateTime now, CancellationToken cancellationToken)
    {
        var waiting = await db.WaitingList.Where(e => e.SessionId == session.Id && e.VolunteerId == volunteer.Id
                && (e.Status == WaitingStatus.Waiting || e.Status == WaitingStatus.Offered))
            .Select(e => (int?)e.Position).FirstOrDefaultAsync(cancellationToken);
        if (waiting is { } position) return new PreRegistrationOutcome(null, null, true, NoErrors) { WaitingPosition = position };
        var last = await db.WaitingList.Where(e => e.SessionId == session.Id && e.AllocationId == null).MaxAsync(e => (int?)e.Position, cancellationToken) ?? 0;
        db.WaitingList.Add(new WaitingListEntry
        {
            SessionId = session.Id, VolunteerId = volunteer.Id, Position = last + 1, Status = WaitingStatus.Waiting, JoinedAt = now,
            Note = "Demande depuis la page de pré-inscription",
        });
        db.SessionEvents.Add(new SessionEvent { SessionId = session.Id, At = now, By = by, Text = $"{volunteer.FirstName} {volunteer.LastName} rejoint la liste d'attente (n° {last + 1})." });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PreRegistrationOutcome(null, null, false, NoErrors) { WaitingPosition = last + 1 };
    }

    /// <summary>The stages in which a registration is still alive: asking again finds it.</summary>
    private static readonly RegistrationStage[] OpenStages = Enum.GetValues<RegistrationStage>().Where(s => !RegistrationLifecycle.IsFinal(s)).ToArray();

    private static readonly Dictionary<string, string> NoErrors = [];

    private static PreRegistrationOutcome Refused(string field, string message) => new(null, null, false, new Dictionary<string, string> { [field] = message });

    private static string AgeMessage(Session session) => session.MaximumAge is { } maximum
        ? $"Cette session accueille les volontaires de {session.MinimumAge} à {maximum} ans au premier jour ({session.StartDate:dd/MM/yyyy})."
        : $"Cette session accueille les volontaires à partir de {session.MinimumAge} ans au premier jour ({session.StartDate:dd/MM/yyyy}).";
}
