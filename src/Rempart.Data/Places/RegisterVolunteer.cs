using Microsoft.EntityFrameworkCore;
using Rempart.Domain.Accounts;
using Rempart.Domain.Places;
using Rempart.Domain.Volunteers;

namespace Rempart.Data.Places;

/// <summary>The identity of a volunteer an association or a partner registers.</summary>
public sealed class VolunteerDraft
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
}

/// <summary>
/// An association manager or a partner registers a volunteer into one of their allocations: the
/// volunteer is found (same address, names and birth date) or created, then given a confirmed
/// place by <see cref="HoldPlace"/>, which checks rights, age and the places left. Refused, it
/// leaves nothing behind.
/// </summary>
public sealed class RegisterVolunteer(IDbContextFactory<RempartDbContext> contexts, HoldPlace hold, JoinWaitingList waitingList, TimeProvider clock)
{
    /// <param name="allocationId">The allocation to register into.</param>
    /// <param name="draft">Who.</param>
    /// <param name="actor">The manager or partner.</param>
    /// <param name="toWaitingList">The allocation is full: put the volunteer on its waiting list instead.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IReadOnlyDictionary<string, string>> ExecuteAsync(Guid allocationId, VolunteerDraft draft, Actor actor, bool toWaitingList = false, CancellationToken cancellationToken = default)
    {
        var errors = VolunteerRules.Validate(draft.FirstName, draft.LastName, draft.Email, draft.BirthDate, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0) return errors;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sessionId = await db.Allocations.Where(a => a.Id == allocationId).Select(a => (Guid?)a.SessionId).FirstOrDefaultAsync(cancellationToken);
        if (sessionId is null) return new Dictionary<string, string> { [""] = "Cette réservation n'existe plus." };

        var (first, last, email) = (draft.FirstName.Trim(), draft.LastName.Trim(), draft.Email.Trim());
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Email.ToLower() == email.ToLower() && v.FirstName.ToLower() == first.ToLower()
            && v.LastName.ToLower() == last.ToLower() && v.BirthDate == draft.BirthDate, cancellationToken);
        var created = volunteer is null;
        if (volunteer is null)
        {
            volunteer = new Volunteer { FirstName = first, LastName = last, Email = email, BirthDate = draft.BirthDate!.Value, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (toWaitingList)
        {
            var refusal = await waitingList.ExecuteAsync(sessionId.Value, volunteer.Id, allocationId, actor, cancellationToken);
            if (refusal is null) return errors;
            if (created) await ForgetAsync(db, volunteer, cancellationToken);
            return new Dictionary<string, string> { [""] = refusal };
        }
        var outcome = await hold.ExecuteAsync(sessionId.Value, volunteer.Id, allocationId, actor, confirm: true, cancellationToken);
        if (outcome.Succeeded) return errors;
        if (created) await ForgetAsync(db, volunteer, cancellationToken);
        return new Dictionary<string, string>
        {
            [outcome.Refusal == HoldRefusal.AgeOutOfRange ? "BirthDate" : ""] = PlaceRules.Describe(outcome.Refusal!.Value),
        };
    }

    /// <summary>A volunteer created for a refused request leaves nothing behind.</summary>
    private static async Task ForgetAsync(RempartDbContext db, Volunteer volunteer, CancellationToken cancellationToken)
    {
        db.Volunteers.Remove(volunteer);
        await db.SaveChangesAsync(cancellationToken);
    }
}
